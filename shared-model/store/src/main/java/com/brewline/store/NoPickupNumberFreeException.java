package com.brewline.store;

/**
 * Every pickup number is held by an open order: no new order is taken until one is picked up. Thrown
 * by {@link OrderQueue#createPending} before anything is written or sent to the provider, so the
 * customer is told before paying (the kiosk: "we are very busy, please wait a moment").
 */
public class NoPickupNumberFreeException extends StoreNotTakingOrdersException {
    public NoPickupNumberFreeException(String message) {
        super(message);
    }
}
