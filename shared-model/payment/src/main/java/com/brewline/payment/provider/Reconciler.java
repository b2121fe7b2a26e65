package com.brewline.payment.provider;

import com.brewline.model.Order;
import com.brewline.payment.CheckoutResult;
import com.brewline.payment.client.Payment;
import com.brewline.payment.client.PaymentProviderClient;
import com.brewline.payment.client.ProviderException;
import com.brewline.store.BrewlineStore;
import com.brewline.store.PaymentRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Finishes pending orders that no kiosk is following any more (a crash, a restart, a provider that
 * did not answer in time): each pending order older than the threshold is looked up by order id
 * and settled as the provider says: DONE is committed as paid, IN_PROGRESS confirmed with the
 * stored key, a READY session past its expiry aborted, ABORTED/EXPIRED/unknown to the provider
 * failed. Safe to run in several processes at once and as often as wanted.
 */
public final class Reconciler {
    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);
    static final String ACTOR = "reconciler";

    private final BrewlineStore store;
    private final Clock clock;
    private final Duration olderThan;
    private final PaymentSettler settler;
    private final PaymentProviderClient client;

    /** What one pass did. {@code unsettled}: still pending (provider unreachable or session still open). */
    public record Summary(int looked, int paid, int failed, int unsettled) {
    }

    public Reconciler(BrewlineStore store, PaymentProviderClient client, Clock clock, Duration olderThan) {
        this.store = store;
        this.client = client;
        this.clock = clock;
        this.olderThan = olderThan;
        this.settler = new PaymentSettler(store, client, clock, () -> { });
    }

    public Summary reconcileOnce() {
        int looked = 0;
        int paid = 0;
        int failed = 0;
        int unsettled = 0;
        for (Order pending : store.orders().pendingCreatedBefore(clock.instant().minus(olderThan))) {
            looked++;
            CheckoutResult result = reconcile(pending);
            if (result instanceof CheckoutResult.Paid) {
                paid++;
            } else if (result == null || result instanceof CheckoutResult.Busy) {
                unsettled++;
            } else {
                failed++;
            }
        }
        if (looked > 0) {
            log.info("reconciled {} pending order(s): {} paid, {} failed, {} still open", looked, paid, failed, unsettled);
        }
        return new Summary(looked, paid, failed, unsettled);
    }

    private CheckoutResult reconcile(Order pending) {
        Optional<PaymentRecord> record = store.payments().payment(pending.id());
        Optional<Payment> payment;
        try {
            payment = client.lookupByOrderId(pending.paymentOrderId());
        } catch (ProviderException e) {
            log.info("order {}: provider not reachable ({}); next pass", pending.paymentOrderId(), e.getMessage());
            return null;
        }
        try {
            return settler.settle(pending, record.orElse(null), payment, true, ACTOR);
        } catch (RuntimeException e) {
            log.warn("order {}: reconciliation failed; next pass", pending.paymentOrderId(), e);
            return null;
        }
    }
}
