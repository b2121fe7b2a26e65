package com.brewline.payment.provider;

import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.payment.RefundService;
import com.brewline.payment.client.Payment;
import com.brewline.payment.client.PaymentProviderClient;
import com.brewline.payment.client.PaymentStatus;
import com.brewline.payment.client.ProviderDeclinedException;
import com.brewline.payment.client.ProviderException;
import com.brewline.payment.client.ProviderUnknownException;
import com.brewline.store.BrewlineStore;
import com.brewline.store.Refund;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Refunds through the provider's cancel. The store queues the refund row in the same transaction
 * as the CANCELLED/REJECTED change; this sends it with the refund's own Idempotency-Key and
 * {@code refundableAmount} (the balance it expects), so neither a retry nor a second process can
 * pay out twice: a repeat with the key gets the first answer, and a stale one is refused with
 * 403 NOT_CANCELABLE_AMOUNT.
 */
public final class ProviderRefundService implements RefundService {
    private static final Logger log = LoggerFactory.getLogger(ProviderRefundService.class);

    private final BrewlineStore store;
    private final PaymentProviderClient client;
    private final Clock clock;
    private final int failingAfterAttempts;

    /** Refunds failing 3 or more times are shown to staff. */
    public ProviderRefundService(BrewlineStore store, PaymentProviderClient client, Clock clock) {
        this(store, client, clock, 3);
    }

    public ProviderRefundService(BrewlineStore store, PaymentProviderClient client, Clock clock, int failingAfterAttempts) {
        this.store = store;
        this.client = client;
        this.clock = clock;
        this.failingAfterAttempts = failingAfterAttempts;
    }

    @Override
    public Order cancelByCustomer(long orderId, String actor) {
        Order cancelled = store.orders().transition(orderId, OrderStatus.CANCELLED, actor, "cancelled by the customer");
        sendNowQuietly();
        return cancelled;
    }

    @Override
    public Order reject(long orderId, String reason, String actor) {
        Order rejected = store.orders().transition(orderId, OrderStatus.REJECTED, actor, reason);
        sendNowQuietly();
        return rejected;
    }

    /** The refund is queued durably already; the background job retries whatever fails here. */
    private void sendNowQuietly() {
        try {
            processDue();
        } catch (RuntimeException e) {
            log.warn("refunds not sent now; the background job retries", e);
        }
    }

    @Override
    public synchronized void processDue() {
        for (Refund refund : store.payments().refundsDue()) {
            process(refund);
        }
    }

    private void process(Refund refund) {
        try {
            Payment after = client.cancel(refund.paymentKey(), refund.reason() == null ? "refund" : refund.reason(),
                    null, refund.amount(), refund.idempotencyKey());
            if (fullyRefunded(after, refund)) {
                done(refund, after);
            } else {
                store.payments().recordRefundFailure(refund.id(), "provider answered " + after.status()
                        + " with balance " + after.balanceAmount());
            }
        } catch (ProviderDeclinedException e) {
            if (e.code().equals("NOT_CANCELABLE_AMOUNT") || e.code().equals("NOT_CANCELABLE_PAYMENT")) {
                resolveByLookup(refund, e.code());
            } else {
                store.payments().recordRefundFailure(refund.id(), e.code() + ": " + e.providerMessage());
            }
        } catch (ProviderUnknownException e) {
            resolveByLookup(refund, "unknown outcome");
        } catch (ProviderException e) {
            store.payments().recordRefundFailure(refund.id(), e.getMessage());
        }
    }

    /** The provider refused or did not answer: did an earlier attempt of ours already refund it? */
    private void resolveByLookup(Refund refund, String why) {
        Optional<Payment> payment;
        try {
            payment = client.lookupByPaymentKey(refund.paymentKey());
        } catch (ProviderException e) {
            store.payments().recordRefundFailure(refund.id(), why + "; lookup failed: " + e.getMessage());
            return;
        }
        if (payment.isPresent() && fullyRefunded(payment.get(), refund)) {
            done(refund, payment.get());
        } else {
            store.payments().recordRefundFailure(refund.id(), why + "; provider shows "
                    + payment.map(p -> p.status() + " balance " + p.balanceAmount()).orElse("no payment"));
        }
    }

    /** Ours are full refunds: CANCELED, nothing left, and a cancel of exactly this amount. */
    private static boolean fullyRefunded(Payment p, Refund refund) {
        return p.statusValue() == PaymentStatus.CANCELED && p.balanceAmount() == 0
                && p.cancels().stream().anyMatch(c -> c.cancelAmount() == refund.amount());
    }

    private void done(Refund refund, Payment p) {
        String transactionKey = p.cancels().stream().filter(c -> c.cancelAmount() == refund.amount())
                .reduce((a, b) -> b).map(Payment.Cancel::transactionKey).orElse(null);
        store.payments().markRefundDone(refund.id(), clock.instant(), transactionKey);
        log.info("refund {} of order {} done ({} won)", refund.id(), refund.orderId(), refund.amount());
    }

    @Override
    public List<Refund> failing() {
        return store.payments().refundsFailing(failingAfterAttempts);
    }
}
