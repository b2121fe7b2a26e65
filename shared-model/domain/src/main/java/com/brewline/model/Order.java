package com.brewline.model;

import java.time.Instant;
import java.util.List;

/**
 * An order as stored. {@code paymentOrderId} is the id the payment provider knows it by;
 * {@code pickupNumber} is 0 until the order is paid (numbers are only handed out to paid orders).
 * Times are null until the order reaches that point.
 */
public record Order(long id, String paymentOrderId, long businessDayId, int pickupNumber, OrderStatus status,
                    DiningOption dining, String kioskId, List<OrderLine> lines, long total,
                    Instant createdAt, Instant paidAt, Instant startedAt, Instant readyAt, Instant finishedAt,
                    List<Boolean> linesDone) {
    public Order {
        lines = List.copyOf(lines);
        linesDone = List.copyOf(linesDone);
    }

    public long vatPart() {
        return Vat.includedVat(total);
    }

    /** How long this order should take to make: the prep time of every drink, one after another. */
    public int prepTargetSeconds() {
        return PrepTime.targetSeconds(lines);
    }

    public int itemCount() {
        return lines.stream().mapToInt(OrderLine::quantity).sum();
    }

    public String ref() {
        return pickupNumber > 0 ? "#" + pickupNumber + " (" + paymentOrderId + ")" : paymentOrderId;
    }
}
