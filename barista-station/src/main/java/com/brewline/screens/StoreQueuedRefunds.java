package com.brewline.screens;

import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.payment.RefundService;
import com.brewline.store.BrewlineStore;
import com.brewline.store.Refund;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Refunds for a station started without a payment provider: the rejection and its refund are
 * recorded in one store transaction, and the refund stays queued (shown as pending) until the
 * process that talks to the provider, the kiosk's payment jobs, sends it. The embedded sandbox is
 * not started here because it keeps its payments in the kiosk's memory: a second one would not know them.
 */
public final class StoreQueuedRefunds implements RefundService {
    private static final Logger log = LoggerFactory.getLogger(StoreQueuedRefunds.class);
    private final BrewlineStore store;

    public StoreQueuedRefunds(BrewlineStore store) {
        this.store = store;
    }

    @Override
    public Order cancelByCustomer(long orderId, String actor) {
        return store.orders().transition(orderId, OrderStatus.CANCELLED, actor, "cancelled by the customer");
    }

    @Override
    public Order reject(long orderId, String reason, String actor) {
        return store.orders().transition(orderId, OrderStatus.REJECTED, actor, reason);
    }

    /** Nothing to send from here: this process has no provider; the kiosk's jobs send what is due. */
    @Override
    public void processDue() {
        log.debug("no provider configured at this station; {} refund(s) wait for the kiosk",
                store.payments().refundsDue().size());
    }

    @Override
    public List<Refund> failing() {
        return store.payments().refundsFailing(3);
    }
}
