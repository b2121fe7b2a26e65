package com.brewline.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How long each item of an order really took: the order's time from started to ready, shared among
 * its lines in proportion to their menu prep times, per unit of each line. Kept for good by every
 * store (the owner's figures and future estimates).
 */
public final class PrepTimeShares {
    public record Share(String itemId, long seconds) {
    }

    private PrepTimeShares() {
    }

    /** Empty when the order was never started. */
    public static List<Share> of(Order order, Instant readyAt) {
        if (order.startedAt() == null) {
            return List.of();
        }
        long totalSeconds = Math.max(0, Duration.between(order.startedAt(), readyAt).toSeconds());
        int target = order.prepTargetSeconds();
        int units = order.itemCount();
        List<Share> shares = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            long perUnit = target > 0 ? Math.round((double) totalSeconds * line.prepSeconds() / target)
                    : Math.round((double) totalSeconds / Math.max(1, units));
            shares.add(new Share(line.itemId(), perUnit));
        }
        return shares;
    }
}
