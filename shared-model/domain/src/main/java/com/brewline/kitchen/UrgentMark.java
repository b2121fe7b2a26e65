package com.brewline.kitchen;

import com.brewline.model.Order;

import java.time.Instant;

/**
 * Staff marked an order urgent: it goes to the front of every station's claims, and says why.
 * Only an order still being worked (paid or in preparation) can be marked, with a reason.
 */
public record UrgentMark(long orderId, Instant at, String actor, String reason) {
    public static final int MAX_REASON_LENGTH = 200;

    /** @throws IllegalArgumentException for a missing or too long reason, IllegalStateException for a done order */
    public static String checkedReason(Order order, String reason) {
        if (!order.status().isOnBaristaQueue()) {
            throw new IllegalStateException("Order " + order.ref() + " is " + order.status()
                    + ": only a paid order or one in preparation can be marked urgent");
        }
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Order " + order.ref() + ": say why it is urgent");
        }
        if (trimmed.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("Order " + order.ref() + ": the reason is " + trimmed.length()
                    + " characters long, at most " + MAX_REASON_LENGTH + " are kept");
        }
        return trimmed;
    }
}
