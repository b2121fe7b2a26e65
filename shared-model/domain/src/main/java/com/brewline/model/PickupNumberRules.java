package com.brewline.model;

/**
 * Pickup numbers: 1 to {@link #MAX}, one per open order (paid, in preparation, ready), never two
 * open orders with one number whatever their day. A new order is refused BEFORE the customer is
 * asked to pay when every number is held; a payment that still finds none (another kiosk took the
 * last one meanwhile) is refunded at once, never left pending (ADR 0006).
 */
public final class PickupNumberRules {
    public static final int MAX = 999;

    private PickupNumberRules() {
    }

    /** May a new order be started, with {@code heldNumbers} held by open orders now? */
    public static boolean hasRoom(int heldNumbers) {
        return heldNumbers < MAX;
    }
}
