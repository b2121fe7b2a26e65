package com.brewline.kiosk.cart;

import com.brewline.kiosk.common.ViewContext;
import com.brewline.model.WaitEstimate;

/** "About 6 min · 4 orders ahead", as the cart and pay screens say it before paying. */
public final class WaitText {
    private WaitText() {
    }

    public static String of(ViewContext ctx, WaitEstimate estimate) {
        return of(ctx, estimate, false);
    }

    /** @param noStation no station is at work: the wait is not known, and the screen says so */
    public static String of(ViewContext ctx, WaitEstimate estimate, boolean noStation) {
        if (noStation) {
            return ctx.text("wait.unknownNoStation");
        }
        return estimate == null ? ctx.text("wait.estimating")
                : ctx.text("wait.estimate", estimate.minutes(), estimate.ordersAhead());
    }
}
