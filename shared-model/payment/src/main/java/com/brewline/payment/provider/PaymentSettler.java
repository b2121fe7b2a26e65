package com.brewline.payment.provider;

import com.brewline.model.IllegalTransitionException;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.payment.CheckoutResult;
import com.brewline.payment.client.Payment;
import com.brewline.payment.client.PaymentProviderClient;
import com.brewline.payment.client.ProviderDeclinedException;
import com.brewline.payment.client.ProviderException;
import com.brewline.payment.client.ProviderUnknownException;
import com.brewline.store.BrewlineStore;
import com.brewline.store.PaymentRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Acts on what the provider says about a pending order's payment: confirm an authorized session,
 * commit a DONE payment as paid, fail what was declined, aborted or expired. Shared by the kiosk's
 * checkout and the reconciler so both finish an order the same way; every step is idempotent
 * (the stored keys make a repeated confirm or abort the same operation).
 */
final class PaymentSettler {
    private static final Logger log = LoggerFactory.getLogger(PaymentSettler.class);
    /** The contract's session life, used when a pending order never stored its expiry. */
    static final Duration SESSION_LIFE = Duration.ofMinutes(10);

    private final BrewlineStore store;
    private final PaymentProviderClient client;
    private final Clock clock;
    private final Runnable afterProviderDone;

    PaymentSettler(BrewlineStore store, PaymentProviderClient client, Clock clock, Runnable afterProviderDone) {
        this.store = store;
        this.client = client;
        this.clock = clock;
        this.afterProviderDone = afterProviderDone;
    }

    PaymentProviderClient client() {
        return client;
    }

    /**
     * One step for a pending order given the provider's view {@code payment} (empty: the provider
     * has none).
     *
     * @param notFoundFails true for the reconciler: no payment at the provider means it never
     *                      started (ready was not sent or not taken) and the order fails
     * @return the final result, or null while it is not settled yet (ask again later)
     */
    CheckoutResult settle(Order pending, PaymentRecord record, Optional<Payment> payment, boolean notFoundFails,
                          String actor) {
        Instant now = clock.instant();
        if (payment.isEmpty()) {
            if (notFoundFails) {
                fail(pending, actor, "no payment at the provider for " + pending.paymentOrderId());
                return new CheckoutResult.Declined("NOT_FOUND_PAYMENT", "the provider never opened this payment");
            }
            return null;
        }
        Payment p = payment.get();
        noteStatus(pending, record, p.status());
        switch (p.statusValue()) {
            case READY:
                if (!now.isBefore(expiresAt(pending, record))) {
                    return abortExpired(pending, record, p, actor);
                }
                return null;
            case IN_PROGRESS:
                return confirm(pending, record, p, actor);
            case DONE:
                return commitDone(pending, record, p, actor);
            case ABORTED: {
                String code = p.failure() == null ? "ABORTED" : p.failure().code();
                String message = p.failure() == null ? "aborted" : p.failure().message();
                fail(pending, actor, "payment aborted: " + code);
                return new CheckoutResult.Declined(code, message);
            }
            case EXPIRED:
                fail(pending, actor, "payment session expired");
                return new CheckoutResult.Expired();
            case CANCELED:
            case PARTIAL_CANCELED:
                fail(pending, actor, "payment was cancelled at the provider before it was committed");
                return new CheckoutResult.Declined(p.status(), "cancelled at the provider");
            default:
                log.warn("order {}: unrecognised provider status {}; asking again later", pending.paymentOrderId(), p.status());
                return null;
        }
    }

    private CheckoutResult confirm(Order pending, PaymentRecord record, Payment p, String actor) {
        Payment confirmed;
        try {
            confirmed = client.confirm(p.paymentKey(), pending.paymentOrderId(), pending.total(), record.confirmKey());
        } catch (ProviderDeclinedException e) {
            switch (e.code()) {
                case "NOT_AUTHORIZED_YET":
                    return null;
                case "ALREADY_PROCESSED_PAYMENT":
                    // confirmed (or ended) by someone else: the provider's record decides
                    return settleAfterLookup(pending, record, actor);
                case "INVALID_AMOUNT":
                    abortQuietly(pending, record, p.paymentKey(), p.balanceAmount());
                    fail(pending, actor, "provider refused the amount " + pending.total());
                    return new CheckoutResult.Declined(e.code(), e.providerMessage());
                default:
                    fail(pending, actor, "confirm declined: " + e.code());
                    return new CheckoutResult.Declined(e.code(), e.providerMessage());
            }
        } catch (ProviderUnknownException e) {
            log.info("order {}: {}; looking the payment up", pending.paymentOrderId(), e.getMessage());
            return settleAfterLookup(pending, record, actor);
        } catch (ProviderException e) {
            log.info("order {}: confirm not sent ({}); trying again later", pending.paymentOrderId(), e.getMessage());
            return null;
        }
        if (confirmed.statusValue() == com.brewline.payment.client.PaymentStatus.DONE) {
            afterProviderDone.run();
        }
        return settle(pending, record, Optional.of(confirmed), false, actor);
    }

    private CheckoutResult settleAfterLookup(Order pending, PaymentRecord record, String actor) {
        Optional<Payment> now;
        try {
            now = client.lookupByOrderId(pending.paymentOrderId());
        } catch (ProviderException e) {
            return null;
        }
        if (now.isPresent() && now.get().statusValue() == com.brewline.payment.client.PaymentStatus.IN_PROGRESS) {
            return null; // the confirm did not land: the next step confirms again with the same key
        }
        return settle(pending, record, now, false, actor);
    }

    private CheckoutResult commitDone(Order pending, PaymentRecord record, Payment p, String actor) {
        if (p.totalAmount() != pending.total()) {
            log.error("order {}: provider confirmed {} but the order totals {}; refunding", pending.paymentOrderId(),
                    p.totalAmount(), pending.total());
            abortQuietly(pending, record, p.paymentKey(), p.balanceAmount());
            fail(pending, actor, "amount mismatch: provider " + p.totalAmount() + ", order " + pending.total());
            return new CheckoutResult.Declined("AMOUNT_MISMATCH", "the confirmed amount differs from the order");
        }
        Instant approvedAt = p.approvedAtInstant() == null ? clock.instant() : p.approvedAtInstant();
        try {
            Order paid = store.orders().markPaid(pending.id(), p.paymentKey(), p.totalAmount(), p.method(), approvedAt, actor);
            if (paid.status() != OrderStatus.PAID) {
                // ADR 0006: the day closed (or every number was taken) before the payment completed: the store
                // recorded it and queued its refund in the same transaction; the refund job sends it
                log.warn("order {}: payment completed but the order was {} and its refund queued", pending.paymentOrderId(),
                        paid.status());
                return new CheckoutResult.Declined(CheckoutResult.REFUNDED_NOT_TAKING_ORDERS,
                        "the store stopped taking orders before the payment completed; it is refunded");
            }
            return new CheckoutResult.Paid(paid);
        } catch (IllegalTransitionException e) {
            Order current = store.orders().find(pending.id()).orElseThrow();
            log.error("order {} is {} locally but DONE at the provider: refunding the payment", pending.paymentOrderId(),
                    current.status());
            abortQuietly(pending, record, p.paymentKey(), p.balanceAmount());
            return new CheckoutResult.Declined("ORDER_CLOSED", "the order was closed before the payment was committed");
        }
    }

    private CheckoutResult abortExpired(Order pending, PaymentRecord record, Payment p, String actor) {
        try {
            Payment after = client.cancel(p.paymentKey(), "session expired at the kiosk", null, p.balanceAmount(),
                    record.abortKey());
            if (after.statusValue() == com.brewline.payment.client.PaymentStatus.DONE) {
                return settle(pending, record, Optional.of(after), false, actor);
            }
        } catch (ProviderDeclinedException e) {
            return settleAfterLookup(pending, record, actor);
        } catch (ProviderException e) {
            return null; // unknown or unreachable: ask again
        }
        fail(pending, actor, "payment session expired");
        return new CheckoutResult.Expired();
    }

    /**
     * Aborts an open session (the customer gave up). @return the result, or null when the
     * provider could not be reached and it must be tried again
     */
    CheckoutResult abortByCustomer(Order pending, PaymentRecord record, String paymentKey, String actor) {
        Payment after;
        try {
            // refundableAmount: the session's balance is its whole amount until something is refunded
            after = client.cancel(paymentKey, "customer cancelled at the kiosk", null, pending.total(), record.abortKey());
        } catch (ProviderDeclinedException e) {
            // not cancelable: it already ended (expired, aborted) or was confirmed; the record decides
            return settleAfterLookup(pending, record, actor);
        } catch (ProviderException e) {
            return null;
        }
        noteStatus(pending, record, after.status());
        switch (after.statusValue()) {
            case ABORTED:
                fail(pending, actor, "cancelled by the customer");
                return new CheckoutResult.Cancelled();
            case CANCELED:
                // it had been confirmed by another process: this cancel refunded it in full
                fail(pending, actor, "cancelled by the customer (payment refunded in full)");
                return new CheckoutResult.Cancelled();
            default:
                return settle(pending, record, Optional.of(after), false, actor);
        }
    }

    /** @param refundable the payment's balance: sent as refundableAmount, so a repeat can never refund twice */
    private void abortQuietly(Order pending, PaymentRecord record, String paymentKey, long refundable) {
        try {
            client.cancel(paymentKey, "order not committed", null, refundable, record.abortKey());
        } catch (ProviderException e) {
            log.error("order {}: could not cancel payment {} at the provider: {}", pending.paymentOrderId(),
                    paymentKey, e.getMessage());
        }
    }

    /** Marks the order payment-failed; a no-op when it is already final (another process was first). */
    void fail(Order pending, String actor, String reason) {
        try {
            store.orders().transition(pending.id(), OrderStatus.PAYMENT_FAILED, actor, reason);
        } catch (IllegalTransitionException e) {
            log.info("order {} already {}: not marked failed ({})", pending.paymentOrderId(),
                    store.orders().find(pending.id()).map(Order::status).orElse(null), reason);
        }
    }

    private void noteStatus(Order pending, PaymentRecord record, String status) {
        if (record != null && status != null && !status.equals(record.status())) {
            store.payments().updateProviderStatus(pending.id(), status);
        }
    }

    static Instant expiresAt(Order pending, PaymentRecord record) {
        return record != null && record.expiresAt() != null ? record.expiresAt() : pending.createdAt().plus(SESSION_LIFE);
    }
}
