package com.brewline.payment.provider;

import com.brewline.model.NewOrder;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.model.OrderStatus;
import com.brewline.payment.CheckoutResult;
import com.brewline.payment.CheckoutService;
import com.brewline.payment.CheckoutSession;
import com.brewline.payment.PaymentBusyException;
import com.brewline.payment.client.Payment;
import com.brewline.payment.client.PaymentProviderClient;
import com.brewline.payment.client.ProviderDeclinedException;
import com.brewline.payment.client.ProviderException;
import com.brewline.payment.client.ProviderUnavailableException;
import com.brewline.payment.client.ReadySession;
import com.brewline.store.BrewlineStore;
import com.brewline.store.PaymentRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The kiosk's checkout through the payment provider: pending order first (with the keys the store
 * generated), ready, poll until the customer approved, confirm, commit as paid. A checkout the
 * provider cannot settle in time stays pending and the {@link Reconciler} finishes it.
 */
public final class ProviderCheckoutService implements CheckoutService {
    private static final Logger log = LoggerFactory.getLogger(ProviderCheckoutService.class);

    private final BrewlineStore store;
    private final PaymentProviderClient client;
    private final Clock clock;
    private final Duration pollInterval;
    private final Duration settleGrace;
    private final PaymentSettler settler;
    private final Map<Long, SessionState> sessions = new ConcurrentHashMap<>();

    /** await() and cancel() of one session take turns; cancel leaves a request await honours. */
    private static final class SessionState {
        final ReentrantLock lock = new ReentrantLock();
        volatile boolean cancelRequested;
        volatile CheckoutResult result;
    }

    /** Polls every 500 ms; gives up waiting 30 s after the session's expiry (the reconciler takes over). */
    public ProviderCheckoutService(BrewlineStore store, PaymentProviderClient client, Clock clock) {
        this(store, client, clock, Duration.ofMillis(500), Duration.ofSeconds(30), () -> { });
    }

    /**
     * @param afterProviderDone runs right after the provider answered DONE to our confirm and before
     *                          the local commit; tests use it to kill the process exactly there
     */
    public ProviderCheckoutService(BrewlineStore store, PaymentProviderClient client, Clock clock,
                                   Duration pollInterval, Duration settleGrace, Runnable afterProviderDone) {
        this.store = store;
        this.client = client;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.settleGrace = settleGrace;
        this.settler = new PaymentSettler(store, client, clock, afterProviderDone);
    }

    @Override
    public CheckoutSession begin(NewOrder newOrder) {
        if (client.isOpen()) {
            throw new PaymentBusyException("payment provider is busy (circuit open); nothing was sent");
        }
        Order pending = store.orders().createPending(newOrder);
        PaymentRecord record = store.payments().payment(pending.id())
                .orElseThrow(() -> new IllegalStateException("order " + pending.id() + " has no payment record"));
        try {
            ReadySession s = client.ready(record.paymentOrderId(), orderName(pending), pending.total(), 0, record.readyKey());
            Instant expiresAt = s.expiresAtInstant();
            store.payments().attachSession(pending.id(), s.paymentKey(), s.checkoutUrl(), expiresAt);
            return new CheckoutSession(pending, s.paymentKey(), s.checkoutUrl(), expiresAt);
        } catch (ProviderException e) {
            abandonUnopened(pending, record, e);
            if (e instanceof ProviderDeclinedException d) {
                log.error("order {}: provider refused ready: {} {}", pending.paymentOrderId(), d.code(), d.providerMessage());
            }
            throw new PaymentBusyException("payment provider could not open a session: " + e.getMessage(), e);
        }
    }

    /**
     * ready failed: if it took effect after all, abort that session. When the provider cannot tell us (the
     * look-up or the abort fails too) the order stays pending: the reconciler looks it up later and aborts
     * any session it finds, so nothing we opened is left open. Otherwise the order fails now.
     */
    private void abandonUnopened(Order pending, PaymentRecord record, ProviderException cause) {
        if (!(cause instanceof ProviderUnavailableException)) { // the breaker was open: nothing was sent
            try {
                Optional<Payment> stray = client.lookupByOrderId(record.paymentOrderId());
                if (stray.isPresent()) {
                    client.cancel(stray.get().paymentKey(), "session could not be opened at the kiosk", null,
                            stray.get().balanceAmount(), record.abortKey());
                }
            } catch (ProviderDeclinedException e) {
                // not cancelable: the stray session already ended (expired, aborted); nothing is open
                log.info("order {}: stray session already ended: {}", pending.paymentOrderId(), e.getMessage());
            } catch (ProviderException e) {
                log.warn("order {}: ready failed and the provider could not be asked about a stray session ({}); "
                        + "left pending: the reconciler aborts it", pending.paymentOrderId(), e.getMessage());
                return;
            }
        }
        settler.fail(pending, actor(pending), "payment session could not be opened: " + cause.getMessage());
    }

    @Override
    public CheckoutResult await(CheckoutSession session) {
        long id = session.pendingOrder().id();
        SessionState state = sessions.computeIfAbsent(id, k -> new SessionState());
        Instant giveUpAt = session.expiresAt().plus(settleGrace);
        try {
            while (true) {
                CheckoutResult result = step(session, state);
                if (result != null) {
                    return result;
                }
                if (clock.instant().isAfter(giveUpAt)) {
                    log.warn("order {}: not settled by {}; left pending for reconciliation",
                            session.pendingOrder().paymentOrderId(), giveUpAt);
                    return new CheckoutResult.Busy("the payment provider did not answer in time; the order is "
                            + "settled when it does");
                }
                Thread.sleep(pollInterval.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CheckoutResult.Busy("interrupted; the order is settled by reconciliation");
        } finally {
            sessions.remove(id, state);
        }
    }

    private CheckoutResult step(CheckoutSession session, SessionState state) {
        state.lock.lock();
        try {
            if (state.result != null) {
                return state.result;
            }
            Order pending = store.orders().find(session.pendingOrder().id()).orElseThrow();
            if (pending.status() != OrderStatus.PENDING_PAYMENT) {
                state.result = alreadyFinal(pending);
                return state.result;
            }
            PaymentRecord record = store.payments().payment(pending.id()).orElseThrow();
            String actor = actor(pending);
            if (state.cancelRequested) {
                state.result = settler.abortByCustomer(pending, record, session.paymentKey(), actor);
                return state.result;
            }
            Optional<Payment> payment;
            try {
                payment = client.lookupByPaymentKey(session.paymentKey());
            } catch (ProviderException e) {
                return null;
            }
            state.result = settler.settle(pending, record, payment, false, actor);
            return state.result;
        } finally {
            state.lock.unlock();
        }
    }

    private static CheckoutResult alreadyFinal(Order order) {
        return switch (order.status()) {
            case PAYMENT_FAILED -> new CheckoutResult.Declined("PAYMENT_FAILED", "the payment was closed elsewhere");
            default -> new CheckoutResult.Paid(order);
        };
    }

    @Override
    public void cancel(CheckoutSession session) {
        SessionState state = sessions.computeIfAbsent(session.pendingOrder().id(), k -> new SessionState());
        state.cancelRequested = true;
        CheckoutResult result = step(session, state);
        if (result == null) {
            log.info("order {}: abort not confirmed yet; await keeps trying", session.pendingOrder().paymentOrderId());
        }
    }

    @Override
    public boolean isBusy() {
        return client.isOpen();
    }

    private static String actor(Order pending) {
        return "kiosk:" + pending.kioskId();
    }

    /** "아메리카노 외 2건": what the customer's phone and statement show. */
    static String orderName(Order order) {
        OrderLine first = order.lines().get(0);
        String name = first.nameKo() == null || first.nameKo().isBlank() ? first.itemId() : first.nameKo();
        int others = order.lines().size() - 1;
        String text = others > 0 ? name + " 외 " + others + "건" : name;
        return text.length() > 100 ? text.substring(0, 100) : text;
    }
}
