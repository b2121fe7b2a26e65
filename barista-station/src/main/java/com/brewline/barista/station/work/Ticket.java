package com.brewline.barista.station.work;

import com.brewline.kitchen.PartState;
import com.brewline.model.Order;
import com.brewline.model.UrgentFlag;

import java.util.List;

/**
 * One ticket as this station sees it: the whole order, the indexes of the lines this station makes (all of
 * them at a shop with one station), whether this station has started its work on it, its preparation target,
 * the other stations' parts of the same order, staff's urgent mark (or null) and the customer's phone number
 * masked (010-****-5678), or null when they left none.
 */
public record Ticket(Order order, List<Integer> lines, boolean started, int targetSeconds, List<OtherPart> others,
                     UrgentFlag urgent, String maskedPhone) {
    public Ticket {
        lines = List.copyOf(lines);
        others = List.copyOf(others);
    }

    /** Another station's part of the order: its name and where it is. */
    public record OtherPart(String stationName, PartState state) {
    }

    public long orderId() {
        return order.id();
    }

    public Ticket withPhone(String masked) {
        return new Ticket(order, lines, started, targetSeconds, others, urgent, masked);
    }
}
