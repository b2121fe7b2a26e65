package com.brewline.cli;

import com.brewline.model.NewOrder;
import com.brewline.model.Order;

/**
 * How a simulated kiosk gets an order written and paid. {@link SimulatedPayer} marks it paid directly;
 * a payer that goes through a real payment provider plugs in through {@link PayerOptions}.
 */
interface KioskPayer extends AutoCloseable {
    /**
     * Writes the order and pays for it.
     *
     * @return the order, now PAID with its pickup number
     * @throws PaymentNotTakenException when the payment did not go through (declined, expired, provider busy);
     *                                  the order is then not on the barista's queue
     */
    Order placeAndPay(NewOrder order);

    /**
     * Wall time spent so far in the commits that made orders paid (the store's markPaid), summed; 0 when the payer
     * cannot tell. The benchmark compares it with a bare insert.
     */
    default long paidCommitNanos() {
        return 0;
    }

    /** The payment method name shown in the simulator's summary. */
    String describe();

    @Override
    default void close() {
    }

    /** Why an order was not placed: the simulator fails on anything but declines. */
    enum NotTaken {
        /** The provider or the customer said no (card refused, customer declined, session expired). */
        DECLINED,
        /** Refused while the provider was unavailable (circuit open, no answer). */
        UNAVAILABLE,
        /** Anything else: the order could not be placed (store refused, unexpected error, refunded at once). */
        FAILED
    }

    /** A payment that did not go through; the simulator counts it by {@link NotTaken} and goes on. */
    final class PaymentNotTakenException extends RuntimeException {
        private final NotTaken kind;

        PaymentNotTakenException(NotTaken kind, String message) {
            super(message);
            this.kind = kind;
        }

        NotTaken kind() {
            return kind;
        }
    }
}
