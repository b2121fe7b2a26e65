package com.brewline.kiosk.cart;

import com.brewline.kiosk.common.ViewContext;
import com.brewline.model.WaitEstimate;

/** "About 6 min · 4 orders ahead", as the cart and pay screens say it before paying. */
public final class WaitText {
    private WaitText() {
    }

    public static String of(ViewContext ctx, WaitEstimate estimate) {
        return estimate == null ? ctx.text("wait.estimating")
                : ctx.text("wait.estimate", estimate.minutes(), estimate.ordersAhead());
    }
}
