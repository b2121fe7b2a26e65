package com.brewline.ordering;

import com.brewline.model.Menu;
import com.brewline.model.MenuItem;
import com.brewline.model.OrderLine;

import java.util.Collection;
import java.util.List;

/**
 * Lines of a cart that the menu no longer sells: the item was retired (removed from the menu) or marked
 * unavailable in it, or is sold out. A kiosk checks the cart against the newest menu before asking for
 * payment and tells the customer, charging nothing; prices are not compared (a line keeps the price it
 * was added at).
 */
public final class MenuCheck {
    private MenuCheck() {
    }

    public static List<OrderLine> noLongerSold(List<OrderLine> lines, Menu newest, Collection<String> soldOut) {
        return lines.stream().filter(l -> newest.item(l.itemId()).map(MenuItem::available).orElse(false) == false
                || soldOut.contains(l.itemId())).toList();
    }
}
