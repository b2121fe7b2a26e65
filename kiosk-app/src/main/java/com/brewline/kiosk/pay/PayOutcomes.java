package com.brewline.kiosk.pay;

import com.brewline.payment.CheckoutResult;
import com.brewline.payment.PaymentBusyException;
import com.brewline.store.NoPickupNumberFreeException;
import com.brewline.store.StoreNotTakingOrdersException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a provider session's end, or a failure on the way, reads to the customer: the state the pay screen shows.
 * A cancelled session has no state of its own: the customer goes back to the cart.
 */
final class PayOutcomes {
    private static final Logger LOG = LoggerFactory.getLogger(PayOutcomes.class);

    private PayOutcomes() {
    }

    /** The state after {@code result}; IDLE for a cancelled session (back to the cart). */
    static PayState of(CheckoutResult result) {
        if (result instanceof CheckoutResult.Paid) {
            return PayState.APPROVED;
        } else if (result instanceof CheckoutResult.Declined) {
            return PayState.DECLINED;
        } else if (result instanceof CheckoutResult.Expired) {
            return PayState.EXPIRED;
        } else if (result instanceof CheckoutResult.Busy) {
            return PayState.BUSY;
        }
        return PayState.IDLE;
    }

    /** The state after a failure while writing the order or following the session (logged here). */
    static PayState ofFailure(Throwable error) {
        if (error instanceof PaymentBusyException) {
            LOG.info("payment busy: {}", error.getMessage());
            return PayState.BUSY;
        } else if (error instanceof NoPickupNumberFreeException) {
            LOG.warn("no pickup number free: the customer is told before paying ({})", error.getMessage());
            return PayState.FULL;
        } else if (error instanceof StoreNotTakingOrdersException) {
            return PayState.CLOSED;
        }
        LOG.error("payment failed", error);
        return PayState.ERROR;
    }
}
