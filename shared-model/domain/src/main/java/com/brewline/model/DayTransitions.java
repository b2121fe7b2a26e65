package com.brewline.model;

import java.util.Optional;

/**
 * The business day's life, in one place for every store engine: only staff (the station, the
 * {@code brewline day} command) open, pause and close a day; a kiosk never does. Each method looks at
 * the latest day and says what the change means, or refuses it; the store then writes what it says.
 */
public final class DayTransitions {
    /** What a request does to the latest day. */
    public enum Change {
        /** A new day starts, pickup numbers from 1. */
        START_NEW_DAY,
        /** The paused day takes orders again. */
        RESUME,
        PAUSE,
        CLOSE,
        /** Already in the requested state: nothing is written. */
        NONE
    }

    /** Where a payment that completes now goes (ADR 0006). */
    public enum LatePayment {
        /** The latest day is open or paused: the order joins it with a fresh pickup number. */
        JOIN_LATEST_DAY,
        /** No day is running (closed, or none yet): the payment is recorded and refunded at once. */
        REFUND
    }

    private DayTransitions() {
    }

    /** Opening: a paused day resumes, an open one stays, a closed one (or none) starts a new day. */
    public static Change open(Optional<BusinessDay> latest) {
        if (latest.isEmpty()) {
            return Change.START_NEW_DAY;
        }
        return switch (latest.get().state()) {
            case OPEN -> Change.NONE;
            case PAUSED -> Change.RESUME;
            case CLOSED -> Change.START_NEW_DAY;
        };
    }

    /** Pausing: only an open day; pausing a paused day changes nothing. */
    public static Change pause(Optional<BusinessDay> latest) {
        BusinessDay day = latest.orElseThrow(() -> new IllegalDayTransitionException("There is no business day to pause"));
        return switch (day.state()) {
            case OPEN -> Change.PAUSE;
            case PAUSED -> Change.NONE;
            case CLOSED -> throw new IllegalDayTransitionException("The business day of " + day.date()
                    + " is closed and cannot be paused; open a new day first");
        };
    }

    /**
     * Closing: an open or paused day with no open order (paid, in preparation, ready) closes;
     * closing a closed day changes nothing. The store checks the open orders in the same transaction.
     */
    public static Change close(Optional<BusinessDay> latest) {
        BusinessDay day = latest.orElseThrow(() -> new IllegalDayTransitionException("There is no business day to close"));
        return day.state() == BusinessDay.State.CLOSED ? Change.NONE : Change.CLOSE;
    }

    /** Is a new order taken now? Only while the latest day is open. */
    public static boolean takesOrders(Optional<BusinessDay> latest) {
        return latest.map(BusinessDay::takesOrders).orElse(false);
    }

    /** What a payment completing now becomes (ADR 0006: never an open order on a closed day). */
    public static LatePayment forPayment(Optional<BusinessDay> latest) {
        return latest.map(day -> day.state() == BusinessDay.State.CLOSED ? LatePayment.REFUND : LatePayment.JOIN_LATEST_DAY)
                .orElse(LatePayment.REFUND);
    }
}
