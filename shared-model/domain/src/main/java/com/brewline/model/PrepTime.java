package com.brewline.model;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/** Preparation targets and the customer's estimated wait, from the menu's prep times. */
public final class PrepTime {
    private PrepTime() {
    }

    /** One barista makes the lines one after another: the sum of prep time times quantity. */
    public static int targetSeconds(List<OrderLine> lines) {
        return lines.stream().mapToInt(l -> l.prepSeconds() * l.quantity()).sum();
    }

    /**
     * The wait a new order can expect: the work still ahead of it on the queue (orders not yet
     * ready, oldest first) plus its own, shared among the baristas working.
     */
    public static Duration estimatedWait(Collection<Order> ordersAhead, List<OrderLine> ownLines, int baristas) {
        long ahead = ordersAhead.stream().filter(o -> o.status().isOnBaristaQueue())
                .mapToLong(Order::prepTargetSeconds).sum();
        long seconds = (ahead / Math.max(1, baristas)) + targetSeconds(ownLines);
        return Duration.ofSeconds(seconds);
    }
}
