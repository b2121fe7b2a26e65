package com.brewline.store;

import com.brewline.model.Order;

import java.util.List;

/** Closing the day was refused because orders are still open; nothing was changed. */
public class DayCloseRefusedException extends StoreException {
    private final List<Order> openOrders;

    public DayCloseRefusedException(List<Order> openOrders) {
        super(openOrders.size() + " order(s) still open: "
                + openOrders.stream().map(o -> "#" + o.pickupNumber() + " " + o.status()).toList());
        this.openOrders = List.copyOf(openOrders);
    }

    public List<Order> openOrders() {
        return openOrders;
    }
}
