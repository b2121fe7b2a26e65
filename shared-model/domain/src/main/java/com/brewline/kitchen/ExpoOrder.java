package com.brewline.kitchen;

import com.brewline.model.Order;
import com.brewline.model.UrgentFlag;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A whole order with each station's part and its state: what the expo view shows. {@code urgent} is
 * null unless staff marked the order urgent.
 */
public record ExpoOrder(Order order, List<OrderPart> parts, UrgentFlag urgent) {
    public ExpoOrder {
        parts = List.copyOf(parts);
    }

    public boolean isUrgent() {
        return urgent != null;
    }

    public Map<String, PartState> states() {
        return parts.stream().collect(Collectors.toMap(OrderPart::stationId, OrderPart::state, (a, b) -> a));
    }

    public PartState stateOf(String stationId) {
        return states().getOrDefault(stationId, PartState.WAITING);
    }

    /** Parts by station id. */
    public Map<String, OrderPart> byStation() {
        return parts.stream().collect(Collectors.toMap(OrderPart::stationId, Function.identity(), (a, b) -> a));
    }
}
