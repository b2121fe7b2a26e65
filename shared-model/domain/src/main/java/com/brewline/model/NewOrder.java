package com.brewline.model;

import java.util.List;

/** What a kiosk asks the store to write as a pending order. */
public record NewOrder(String kioskId, DiningOption dining, List<OrderLine> lines) {
    public NewOrder {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
    }

    public long total() {
        return lines.stream().mapToLong(OrderLine::lineTotal).sum();
    }
}
