package com.brewline.kiosk.pay;

import com.brewline.kiosk.cart.CartViewModel;
import com.brewline.kiosk.common.Background;
import com.brewline.model.Menu;
import com.brewline.model.NewOrder;
import com.brewline.model.Order;
import com.brewline.model.WaitEstimate;
import com.brewline.payment.CheckoutResult;
import com.brewline.payment.CheckoutService;
import com.brewline.payment.CheckoutSession;
import com.brewline.store.BrewlineStore;
import com.brewline.watch.KioskGate;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Paying: checks the cart against the gate and the newest menu ({@link BeforePaying}), writes the order and opens
 * the provider session in the background, shows the QR code and a countdown ({@link PayCountdown}), and follows the
 * session to its end ({@link PayOutcomes}). Nothing is sent while the provider's circuit is open. Results of an
 * abandoned attempt are ignored (generation counter).
 */
public final class PayViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(PayViewModel.class);

    private final CheckoutService checkout;
    private final CartViewModel cart;
    private final Background background;
    private final String kioskId;
    private final BeforePaying beforePaying;
    private final PayCountdown countdown;
    private final ObjectProperty<PayState> state = new SimpleObjectProperty<>(PayState.IDLE);
    private final StringProperty checkoutUrl = new SimpleStringProperty();
    private final LongProperty amount = new SimpleLongProperty();
    private final PayTrouble trouble = new PayTrouble();
    private CheckoutSession session;
    private int generation;
    private Consumer<Order> onPaid = order -> { };
    private Runnable onBackToCart = () -> { };

    /**
     * @param newestMenu the newest valid menu: a line whose item was retired, made unavailable or sold out since
     *                   it went into the cart stops the payment before anything is charged ({@link com.brewline.ordering.MenuCheck})
     * @param gate       asked before paying (off the FX thread); null: not asked
     */
    public PayViewModel(CheckoutService checkout, BrewlineStore store, CartViewModel cart, Background background,
                        Clock clock, String kioskId, Supplier<Menu> newestMenu, KioskGate gate) {
        this.checkout = checkout;
        this.cart = cart;
        this.background = background;
        this.kioskId = kioskId;
        this.beforePaying = new BeforePaying(store, newestMenu, gate);
        this.countdown = new PayCountdown(clock);
    }

    public void setOnPaid(Consumer<Order> onPaid) {
        this.onPaid = onPaid;
    }

    public void setOnBackToCart(Runnable onBackToCart) {
        this.onBackToCart = onBackToCart;
    }

    public ReadOnlyObjectProperty<PayState> stateProperty() {
        return state;
    }

    public PayState state() {
        return state.get();
    }

    /** The wait shown before the customer pays (kept by the cart). */
    public ReadOnlyObjectProperty<WaitEstimate> waitEstimateProperty() {
        return cart.waitEstimateProperty();
    }

    /** No station at work: the wait is not known. */
    public ReadOnlyBooleanProperty waitUnknownProperty() {
        return cart.waitUnknownProperty();
    }

    public ReadOnlyStringProperty checkoutUrlProperty() {
        return checkoutUrl;
    }

    public ReadOnlyLongProperty amountProperty() {
        return amount;
    }

    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return countdown.secondsLeftProperty();
    }

    /** What stopped the last attempt (a decline, lines no longer sold), for the screen's text. */
    public PayTrouble trouble() {
        return trouble;
    }

    /**
     * Starts paying for the cart. @return false when nothing was started: the cart cannot be paid
     * (empty, no dining choice) or a payment is already running.
     */
    public boolean start() {
        if (!cart.canPayProperty().get() || state.get().inProgress()) {
            return false;
        }
        NewOrder order = cart.toNewOrder(kioskId);
        int attempt = ++generation;
        session = null;
        checkoutUrl.set(null);
        trouble.clear();
        amount.set(order.total());
        if (checkout.isBusy()) {
            LOG.info("payment provider busy (circuit open): nothing sent");
            state.set(PayState.BUSY);
            return true;
        }
        state.set(PayState.STARTING);
        background.run(() -> beforePaying.checkThenBegin(order, checkout), begun -> {
            if (attempt != generation) {
                begun.session().ifPresent(this::abort);
            } else if (begun.verdict().noStation()) {
                state.set(PayState.NO_STATION);
            } else if (!begun.verdict().soldOut().isEmpty()) {
                trouble.soldOut(begun.verdict().soldOut());
                state.set(PayState.SOLD_OUT);
            } else {
                waitFor(begun.session().orElseThrow(), attempt);
            }
        }, error -> {
            if (attempt == generation) {
                fail(error);
            }
        });
        return true;
    }

    private void waitFor(CheckoutSession opened, int attempt) {
        session = opened;
        checkoutUrl.set(opened.checkoutUrl());
        amount.set(opened.amount());
        countdown.runUntil(opened.expiresAt());
        state.set(PayState.WAITING);
        background.run(() -> checkout.await(opened), result -> {
            if (attempt == generation) {
                settle(result);
            }
        }, error -> {
            if (attempt == generation) {
                fail(error);
            }
        });
    }

    private void settle(CheckoutResult result) {
        session = null;
        if (result instanceof CheckoutResult.Declined declined) {
            trouble.declined(declined.code(), declined.providerMessage());
        }
        PayState now = PayOutcomes.of(result);
        state.set(now);
        if (result instanceof CheckoutResult.Paid paid) {
            cart.clear();
            onPaid.accept(paid.order());
        } else if (now == PayState.IDLE) {
            onBackToCart.run(); // cancelled
        }
    }

    private void fail(Throwable error) {
        session = null;
        state.set(PayOutcomes.ofFailure(error));
    }

    /** Aborts a provider session in the background (the customer left it, or the attempt was abandoned). */
    private void abort(CheckoutSession running) {
        background.run(() -> {
            checkout.cancel(running);
            return null;
        }, x -> { }, error -> LOG.warn("could not abort the payment session", error));
    }

    /** Updates the countdown to the session's expiry (called by the shell's timer). */
    public void tick() {
        countdown.tick();
    }

    /** The customer gives up: aborts a running session, else goes back to the cart. */
    public void cancel() {
        CheckoutSession running = session;
        if (state.get() == PayState.WAITING && running != null) {
            state.set(PayState.CANCELLING);
            abort(running);
            return; // await() returns Cancelled, which goes back to the cart
        }
        if (state.get() == PayState.STARTING) {
            generation++; // the session, once opened, is aborted (see start)
        }
        reset();
        onBackToCart.run();
    }

    /** Forgets everything (session end); a running session is aborted. */
    public void reset() {
        CheckoutSession running = session;
        generation++;
        session = null;
        countdown.stop();
        if (running != null) {
            abort(running);
        }
        state.set(PayState.IDLE);
        checkoutUrl.set(null);
    }

    /** "Try again" after a decline, busy or expiry. */
    public boolean retry() {
        if (!state.get().retryable()) {
            return false;
        }
        state.set(PayState.IDLE);
        return start();
    }
}
