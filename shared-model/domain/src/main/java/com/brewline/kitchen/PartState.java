package com.brewline.kitchen;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where one station's part of an order is. WAITING is the state of a part no station has claimed yet
 * (the store keeps no row for it); a recall takes a BUMPED part back to IN_PREPARATION.
 */
public enum PartState {
    WAITING,
    IN_PREPARATION,
    BUMPED;

    public boolean canMoveTo(PartState to) {
        return allowedNext().contains(to);
    }

    public Set<PartState> allowedNext() {
        return switch (this) {
            case WAITING -> EnumSet.of(IN_PREPARATION);
            case IN_PREPARATION -> EnumSet.of(BUMPED);
            case BUMPED -> EnumSet.of(IN_PREPARATION);
        };
    }

    /** @throws IllegalStateException naming the order and station when the move is not allowed */
    public static void check(String orderRef, String stationId, PartState from, PartState to) {
        if (!from.canMoveTo(to)) {
            throw new IllegalStateException("Order " + orderRef + ": the part of station '" + stationId + "' is "
                    + from + " and cannot become " + to);
        }
    }
}
