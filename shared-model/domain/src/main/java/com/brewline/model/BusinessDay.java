package com.brewline.model;

import java.time.Instant;
import java.time.LocalDate;

/** A store day. Pickup numbers restart with each day. */
public record BusinessDay(long id, LocalDate date, State state, Instant openedAt, Instant closedAt) {
    public enum State { OPEN, PAUSED, CLOSED }

    public boolean takesOrders() {
        return state == State.OPEN;
    }
}
