package com.brewline.payment;

import com.brewline.model.Order;

/** How a checkout ended. Only {@link Paid} puts an order on the barista's queue. */
public sealed interface CheckoutResult {
    /**
     * The {@link Declined} code when the payment completed but the store could not take the order any more
     * (the day was closed, or every pickup number was held): it was recorded and refunded at once (ADR 0006).
     */
    String REFUNDED_NOT_TAKING_ORDERS = "REFUNDED_NOT_TAKING_ORDERS";

    /** Confirmed at the provider and committed locally with its pickup number. */
    record Paid(Order order) implements CheckoutResult {
    }

    /** The provider declined (card refused, customer declined...): {@code code} is the provider's. */
    record Declined(String code, String providerMessage) implements CheckoutResult {
    }

    /** The session expired before the customer approved. */
    record Expired() implements CheckoutResult {
    }

    /** The customer cancelled at the kiosk. */
    record Cancelled() implements CheckoutResult {
    }

    /** The circuit breaker is open or the provider kept failing: try again in a moment. */
    record Busy(String detail) implements CheckoutResult {
    }
}
