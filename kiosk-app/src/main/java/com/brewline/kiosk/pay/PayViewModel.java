package com.brewline.kiosk.pay;

import com.brewline.kiosk.cart.CartViewModel;
import com.brewline.kiosk.common.Background;
import com.brewline.model.NewOrder;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.payment.CheckoutResult;
import com.brewline.payment.CheckoutService;
import com.brewline.payment.CheckoutSession;
import com.brewline.payment.PaymentBusyException;
import com.brewline.store.BrewlineStore;
import com.brewline.store.StoreNotTakingOrdersException;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Paying: writes the order and opens the provider session in the background, shows the QR code
 * and a countdown, and follows the session to its end. Nothing is sent while the provider's
 * circuit is open. Results of an abandoned attempt are ignored (generation counter).
 */
public final class PayViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(PayViewModel.class);

    private final CheckoutService checkout;
    private final BrewlineStore store;
    private final CartViewModel cart;
    private final Background background;
    private final Clock clock;
    private final String kioskId;
    /** The newest valid menu (the watched file), for the check before paying; null: the sold-out list only. */
    private final java.util.function.Supplier<com.brewline.model.Menu> newestMenu;
    /** Asked before paying: with kiosk.stopWhenNoStation and no live station, no order is taken. */
    private final com.brewline.watch.KioskGate gate;
    private final ObjectProperty<PayState> state = new SimpleObjectProperty<>(PayState.IDLE);
    private final StringProperty checkoutUrl = new SimpleStringProperty();
    private final LongProperty amount = new SimpleLongProperty();
    private final IntegerProperty secondsLeft = new SimpleIntegerProperty();
    private final StringProperty declineCode = new SimpleStringProperty();
    private final StringProperty declineMessage = new SimpleStringProperty();
    /** The cart's lines found sold out before paying; the view names them in the customer's language. */
    private final ObjectProperty<List<OrderLine>> soldOutLines = new SimpleObjectProperty<>(List.of());
    private CheckoutSession session;
    private Instant expiresAt;
    private int generation;
    private Consumer<Order> onPaid = order -> { };
    private Runnable onBackToCart = () -> { };

    public PayViewModel(CheckoutService checkout, BrewlineStore store, CartViewModel cart, Background background,
                        Clock clock, String kioskId) {
        this(checkout, store, cart, background, clock, kioskId, () -> null, null);
    }

    /**
     * @param newestMenu the newest valid menu: a line whose item was retired, made unavailable or sold out since
     *                   it went into the cart stops the payment before anything is charged ({@link com.brewline.ordering.MenuCheck})
     * @param gate       asked before paying (off the FX thread); null: not asked
     */
    public PayViewModel(CheckoutService checkout, BrewlineStore store, CartViewModel cart, Background background,
                        Clock clock, String kioskId, java.util.function.Supplier<com.brewline.model.Menu> newestMenu,
                        com.brewline.watch.KioskGate gate) {
        this.newestMenu = newestMenu;
        this.gate = gate;
        this.checkout = checkout;
        this.store = store;
        this.cart = cart;
        this.background = background;
        this.clock = clock;
        this.kioskId = kioskId;
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
    public ReadOnlyObjectProperty<com.brewline.model.WaitEstimate> waitEstimateProperty() {
        return cart.waitEstimateProperty();
    }

    /** No station at work: the wait is not known. */
    public javafx.beans.property.ReadOnlyBooleanProperty waitUnknownProperty() {
        return cart.waitUnknownProperty();
    }

    public ReadOnlyStringProperty checkoutUrlProperty() {
        return checkoutUrl;
    }

    public ReadOnlyLongProperty amountProperty() {
        return amount;
    }

    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft;
    }

    public ReadOnlyStringProperty declineCodeProperty() {
        return declineCode;
    }

    public ReadOnlyStringProperty declineMessageProperty() {
        return declineMessage;
    }

    public ReadOnlyObjectProperty<List<OrderLine>> soldOutLinesProperty() {
        return soldOutLines;
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
        declineCode.set(null);
        declineMessage.set(null);
        amount.set(order.total());
        if (checkout.isBusy()) {
            LOG.info("payment provider busy (circuit open): nothing sent");
            state.set(PayState.BUSY);
            return true;
        }
        state.set(PayState.STARTING);
        background.run(() -> beginUnlessSoldOut(order), result -> {
            if (attempt != generation) {
                result.session().ifPresent(s -> background.run(() -> { checkout.cancel(s); return null; }, x -> { }, x -> { }));
                return;
            }
            if (result.noStation()) {
                state.set(PayState.NO_STATION);
                return;
            }
            if (!result.soldOut().isEmpty()) {
                soldOutLines.set(result.soldOut());
                state.set(PayState.SOLD_OUT);
                return;
            }
            waitFor(result.session().orElseThrow(), attempt);
        }, error -> {
            if (attempt == generation) {
                fail(error);
            }
        });
        return true;
    }

    private record Begun(java.util.Optional<CheckoutSession> session, List<OrderLine> soldOut, boolean noStation) {
    }

    /**
     * Off the FX thread, before anything is written or sent: no live station (when the kiosk must stop then), or
     * lines the newest menu no longer sells, stop here; nothing is charged and no session is opened.
     */
    private Begun beginUnlessSoldOut(NewOrder order) {
        if (gate != null && gate.check().reason() == com.brewline.kitchen.KioskAdvice.Reason.NO_STATION) {
            LOG.warn("no live station and kiosk.stopWhenNoStation: the payment was not started");
            return new Begun(java.util.Optional.empty(), List.of(), true);
        }
        Set<String> soldOut = store.availability().soldOutItemIds();
        com.brewline.model.Menu newest = newestMenu.get();
        List<OrderLine> hit = newest == null
                ? order.lines().stream().filter(l -> soldOut.contains(l.itemId())).toList()
                : com.brewline.ordering.MenuCheck.noLongerSold(order.lines(), newest, soldOut);
        if (!hit.isEmpty()) {
            LOG.info("not paying: no longer sold since they went into the cart: {}",
                    hit.stream().map(OrderLine::itemId).toList());
            return new Begun(java.util.Optional.empty(), hit, false);
        }
        return new Begun(java.util.Optional.of(checkout.begin(order)), List.of(), false);
    }

    private void waitFor(CheckoutSession opened, int attempt) {
        session = opened;
        expiresAt = opened.expiresAt();
        checkoutUrl.set(opened.checkoutUrl());
        amount.set(opened.amount());
        tick();
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
        if (result instanceof CheckoutResult.Paid paid) {
            state.set(PayState.APPROVED);
            cart.clear();
            onPaid.accept(paid.order());
        } else if (result instanceof CheckoutResult.Declined declined) {
            declineCode.set(declined.code());
            declineMessage.set(declined.providerMessage());
            state.set(PayState.DECLINED);
        } else if (result instanceof CheckoutResult.Expired) {
            state.set(PayState.EXPIRED);
        } else if (result instanceof CheckoutResult.Busy) {
            state.set(PayState.BUSY);
        } else {
            state.set(PayState.IDLE);
            onBackToCart.run();
        }
    }

    private void fail(Throwable error) {
        session = null;
        if (error instanceof PaymentBusyException) {
            LOG.info("payment busy: {}", error.getMessage());
            state.set(PayState.BUSY);
        } else if (error instanceof com.brewline.store.NoPickupNumberFreeException) {
            LOG.warn("no pickup number free: the customer is told before paying ({})", error.getMessage());
            state.set(PayState.FULL);
        } else if (error instanceof StoreNotTakingOrdersException) {
            state.set(PayState.CLOSED);
        } else {
            LOG.error("payment failed", error);
            state.set(PayState.ERROR);
        }
    }

    /** Updates the countdown to the session's expiry (called by the shell's timer). */
    public void tick() {
        if (expiresAt != null) {
            long ms = Duration.between(clock.instant(), expiresAt).toMillis();
            secondsLeft.set((int) Math.max(0, (ms + 999) / 1000));
        }
    }

    /** The customer gives up: aborts a running session, else goes back to the cart. */
    public void cancel() {
        CheckoutSession running = session;
        if (state.get() == PayState.WAITING && running != null) {
            state.set(PayState.CANCELLING);
            background.run(() -> {
                checkout.cancel(running);
                return null;
            }, x -> { }, error -> LOG.warn("could not abort the payment session", error));
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
        expiresAt = null;
        if (running != null) {
            background.run(() -> {
                checkout.cancel(running);
                return null;
            }, x -> { }, error -> LOG.warn("could not abort the payment session", error));
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
