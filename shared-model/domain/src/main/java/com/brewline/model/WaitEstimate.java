package com.brewline.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What a customer can expect before paying: the orders ahead on the barista's queue and the wait
 * until their own order is ready. The work ahead is each paid order's preparation time and what is
 * left of each order being made (never less than nothing, whatever the clock did), shared among
 * the baristas at work; then the customer's own order, made by one barista.
 */
public record WaitEstimate(int ordersAhead, Duration waitTime) {
    public WaitEstimate {
        if (ordersAhead < 0 || waitTime.isNegative()) {
            throw new IllegalArgumentException("a wait is never negative: " + ordersAhead + ", " + waitTime);
        }
    }

    public static WaitEstimate forNewOrder(Collection<Order> open, List<OrderLine> ownLines, int baristas, Instant now) {
        long aheadSeconds = 0;
        int ahead = 0;
        for (Order order : open) {
            if (!order.status().isOnBaristaQueue()) {
                continue;
            }
            ahead++;
            long target = order.prepTargetSeconds();
            if (order.status() == OrderStatus.IN_PREPARATION && order.startedAt() != null) {
                long made = Math.max(0, Duration.between(order.startedAt(), now).toSeconds());
                target = Math.max(0, target - made);
            }
            aheadSeconds += target;
        }
        long shared = (aheadSeconds + Math.max(1, baristas) - 1) / Math.max(1, baristas);
        return new WaitEstimate(ahead, Duration.ofSeconds(shared + PrepTime.targetSeconds(ownLines)));
    }

    /** Whole minutes, rounded up, at least 1: what the screen says. */
    public int minutes() {
        return (int) Math.max(1, (waitTime.toSeconds() + 59) / 60);
    }
}
