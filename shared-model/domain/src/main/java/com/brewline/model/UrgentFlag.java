package com.brewline.model;

import java.time.Instant;

/**
 * Staff marked a waiting order urgent (it moves to the front of the queue) and said why. The flag
 * changes no status: it is recorded in the order's flag history, beside its status history.
 */
public record UrgentFlag(long orderId, String reason, Instant at, String actor) {
    /** A reason fits on a ticket: 1 to 80 characters. */
    public static final int MAX_REASON = 80;

    public UrgentFlag {
        reason = checkReason(reason);
    }

    /** The reason trimmed, or a clear refusal naming what is wrong. */
    public static String checkReason(String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw new IllegalArgumentException("an urgent order needs a reason");
        }
        if (r.length() > MAX_REASON) {
            throw new IllegalArgumentException("the reason for urgency is " + r.length() + " characters; at most "
                    + MAX_REASON);
        }
        return r;
    }

    /** Only an order still to make can be put first. */
    public static boolean canFlag(OrderStatus status) {
        return status == OrderStatus.PAID || status == OrderStatus.IN_PREPARATION;
    }
}
