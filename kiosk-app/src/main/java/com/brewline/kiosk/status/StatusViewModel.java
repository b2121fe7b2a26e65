package com.brewline.kiosk.status;

import com.brewline.kiosk.common.Background;
import com.brewline.model.OrderStatusView;
import com.brewline.payment.RefundService;
import com.brewline.store.BrewlineStore;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.brewline.model.AttemptThrottle;
import com.brewline.model.CancelCode;
import com.brewline.model.Order;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Order status by pickup number, typed on a number pad. A paid order not yet started can be
 * cancelled here by whoever holds its {@link CancelCode} (shown on the done screen), after a
 * confirmation; its refund is sent right away (the refund service retries it until done). Wrong
 * codes slow down through one {@link AttemptThrottle} per kiosk, which a start-over never resets.
 */
public final class StatusViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(StatusViewModel.class);
    public static final int MAX_DIGITS = 4;

    public enum Outcome { NONE, FOUND, NOT_FOUND, CANCELLED, CANCEL_REFUSED, ERROR, WRONG_CODE, WAIT }

    /** What the number pad is typing: the pickup number, then the cancel code; then the confirmation. */
    public enum Step { NUMBER, CODE, CONFIRM }

    private final BrewlineStore store;
    private final RefundService refunds;
    private final Background background;
    private final String kioskId;
    private final StringProperty digits = new SimpleStringProperty("");
    private final ObjectProperty<OrderStatusView> found = new SimpleObjectProperty<>();
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(Outcome.NONE);
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.NUMBER);
    private final StringProperty code = new SimpleStringProperty("");
    private final javafx.beans.property.IntegerProperty waitSeconds = new javafx.beans.property.SimpleIntegerProperty();
    private final Clock clock;
    private final AttemptThrottle throttle;

    public StatusViewModel(BrewlineStore store, RefundService refunds, Background background, String kioskId,
                           Clock clock, AttemptThrottle throttle) {
        this.store = store;
        this.refunds = refunds;
        this.background = background;
        this.kioskId = kioskId;
        this.clock = clock;
        this.throttle = throttle;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step;
    }

    /** The cancel code typed so far. */
    public ReadOnlyStringProperty codeProperty() {
        return code;
    }

    /** Seconds until another code may be tried (0: now). */
    public javafx.beans.property.ReadOnlyIntegerProperty waitSecondsProperty() {
        return waitSeconds;
    }

    public ReadOnlyStringProperty digitsProperty() {
        return digits;
    }

    public ReadOnlyObjectProperty<OrderStatusView> foundProperty() {
        return found;
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working;
    }

    /** A digit on the pad: into the pickup number, or into the cancel code once cancelling. */
    public void digit(int d) {
        StringProperty target = step.get() == Step.CODE ? code : digits;
        int max = step.get() == Step.CODE ? CancelCode.LENGTH : MAX_DIGITS;
        if (d >= 0 && d <= 9 && target.get().length() < max && step.get() != Step.CONFIRM) {
            target.set(target.get() + d);
        }
    }

    public void backspace() {
        StringProperty target = step.get() == Step.CODE ? code : digits;
        String s = target.get();
        if (!s.isEmpty()) {
            target.set(s.substring(0, s.length() - 1));
        }
    }

    /** Everything typed and shown is forgotten (start-over); the wrong-code count is kept. */
    public void clear() {
        digits.set("");
        code.set("");
        found.set(null);
        outcome.set(Outcome.NONE);
        step.set(Step.NUMBER);
        tick();
    }

    /** Updates the wait after wrong codes (the shell's timer). */
    public void tick() {
        Duration left = throttle.waitLeft(clock.instant());
        waitSeconds.set((int) Math.min(Integer.MAX_VALUE, (left.toMillis() + 999) / 1000));
        if (left.isZero() && outcome.get() == Outcome.WAIT) {
            outcome.set(Outcome.WRONG_CODE);
        }
    }

    /** @return false when no number was entered */
    public boolean lookUp() {
        String entered = digits.get();
        if (entered.isEmpty() || working.get()) {
            return false;
        }
        int number = Integer.parseInt(entered);
        step.set(Step.NUMBER);
        code.set("");
        working.set(true);
        background.run(() -> store.readModel().statusByPickupNumber(number), this::show, this::failed);
        return true;
    }

    private void show(Optional<OrderStatusView> view) {
        working.set(false);
        found.set(view.orElse(null));
        outcome.set(view.isPresent() ? Outcome.FOUND : Outcome.NOT_FOUND);
    }

    private void failed(Throwable error) {
        working.set(false);
        LOG.error("status look-up failed", error);
        outcome.set(Outcome.ERROR);
    }

    /** "Cancel this order": asks for the cancel code. @return false when the shown order cannot be cancelled */
    public boolean startCancel() {
        OrderStatusView view = found.get();
        if (view == null || !view.cancellableByCustomer() || working.get()) {
            return false;
        }
        code.set("");
        step.set(Step.CODE);
        return true;
    }

    /** Back from the code or the confirmation to the order's status. */
    public void backToNumber() {
        code.set("");
        step.set(Step.NUMBER);
    }

    /**
     * Checks the typed cancel code (off the FX thread: the order's secret is read from the store).
     * A right code leads to the confirmation; a wrong one counts towards the wait.
     * @return false when nothing was checked (no full code, a check running, or still waiting)
     */
    public boolean checkCode() {
        OrderStatusView view = found.get();
        String entered = code.get();
        if (view == null || step.get() != Step.CODE || entered.length() != CancelCode.LENGTH || working.get()) {
            return false;
        }
        if (!throttle.allowed(clock.instant())) {
            tick();
            outcome.set(Outcome.WAIT);
            return false;
        }
        working.set(true);
        background.run(() -> store.orders().find(view.orderId()).map(Order::paymentOrderId)
                .map(id -> CancelCode.matches(id, entered)).orElse(false), right -> {
            working.set(false);
            code.set("");
            if (right) {
                throttle.succeeded();
                outcome.set(Outcome.FOUND);
                step.set(Step.CONFIRM);
            } else {
                throttle.failed(clock.instant());
                LOG.warn("wrong cancel code for order #{} ({} in a row)", view.pickupNumber(), throttle.failuresInARow());
                tick();
                outcome.set(throttle.allowed(clock.instant()) ? Outcome.WRONG_CODE : Outcome.WAIT);
            }
        }, this::failed);
        return true;
    }

    /** The customer confirmed: cancel and refund. @return false unless the code was right just before */
    public boolean cancelOrder() {
        OrderStatusView view = found.get();
        if (view == null || !view.cancellableByCustomer() || working.get() || step.get() != Step.CONFIRM) {
            return false;
        }
        working.set(true);
        step.set(Step.NUMBER);
        background.run(() -> {
            refunds.cancelByCustomer(view.orderId(), "kiosk:" + kioskId);
            try {
                refunds.processDue();
            } catch (RuntimeException e) {
                LOG.warn("refund will be retried: {}", e.getMessage());
            }
            return store.readModel().statusByPickupNumber(view.pickupNumber());
        }, after -> {
            working.set(false);
            found.set(after.orElse(null));
            outcome.set(Outcome.CANCELLED);
        }, error -> {
            working.set(false);
            LOG.warn("cancel refused: {}", error.toString());
            outcome.set(Outcome.CANCEL_REFUSED);
            lookUpAgain(view.pickupNumber());
        });
        return true;
    }

    private void lookUpAgain(int number) {
        background.run(() -> store.readModel().statusByPickupNumber(number), v -> found.set(v.orElse(null)),
                e -> LOG.error("status look-up failed", e));
    }
}
