package com.brewline.model;

import java.util.List;

/**
 * What a kiosk asks the store to write as a pending order. {@code phone} is the number the customer
 * left for messages, or null (most orders); the store keeps it only until the day's close.
 */
public record NewOrder(String kioskId, DiningOption dining, List<OrderLine> lines, PhoneNumber phone) {
    public NewOrder {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
    }

    /** An order without a phone number. */
    public NewOrder(String kioskId, DiningOption dining, List<OrderLine> lines) {
        this(kioskId, dining, lines, null);
    }

    public NewOrder withPhone(PhoneNumber number) {
        return new NewOrder(kioskId, dining, lines, number);
    }

    public long total() {
        return lines.stream().mapToLong(OrderLine::lineTotal).sum();
    }
}
