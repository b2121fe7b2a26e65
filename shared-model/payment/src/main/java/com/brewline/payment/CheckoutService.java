package com.brewline.payment;

import com.brewline.model.NewOrder;

/**
 * Paying for an order, the way the kiosk drives it: the pending order is written first, then the
 * provider session opened; the order becomes paid only when confirm answered DONE with the right
 * amount. Every method blocks on the network or the database: never call on the FX thread.
 */
public interface CheckoutService {
    /**
     * Writes the pending order and opens the provider session (ready).
     *
     * @throws PaymentBusyException when the circuit is open or the provider keeps failing; the pending
     *                              order is then marked payment-failed
     * @throws com.brewline.store.StoreNotTakingOrdersException when the store's day is not open
     */
    CheckoutSession begin(NewOrder order);

    /**
     * Follows the session until it settles: when the customer approves it is confirmed and the order
     * committed as paid; a decline, expiry or {@link #cancel} ends it as payment-failed. Returns within
     * the session's expiry plus the client's time-outs.
     */
    CheckoutResult await(CheckoutSession session);

    /** The customer gave up: aborts the provider session; {@link #await} then returns Cancelled. */
    void cancel(CheckoutSession session);

    /** True while the circuit breaker is open: the kiosk says "busy" without sending anything. */
    boolean isBusy();
}
