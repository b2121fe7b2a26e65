package com.brewline.kiosk.status;

import com.brewline.kiosk.shell.Background;
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

import java.util.Optional;

/**
 * Order status by pickup number, typed on a number pad; a paid order not yet started can be
 * cancelled here, and its refund is sent right away (the refund service retries it until done).
 */
public final class StatusViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(StatusViewModel.class);
    public static final int MAX_DIGITS = 4;

    public enum Outcome { NONE, FOUND, NOT_FOUND, CANCELLED, CANCEL_REFUSED, ERROR }

    private final BrewlineStore store;
    private final RefundService refunds;
    private final Background background;
    private final String kioskId;
    private final StringProperty digits = new SimpleStringProperty("");
    private final ObjectProperty<OrderStatusView> found = new SimpleObjectProperty<>();
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(Outcome.NONE);
    private final BooleanProperty working = new SimpleBooleanProperty();

    public StatusViewModel(BrewlineStore store, RefundService refunds, Background background, String kioskId) {
        this.store = store;
        this.refunds = refunds;
        this.background = background;
        this.kioskId = kioskId;
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

    public void digit(int d) {
        if (d >= 0 && d <= 9 && digits.get().length() < MAX_DIGITS) {
            digits.set(digits.get() + d);
        }
    }

    public void backspace() {
        String s = digits.get();
        if (!s.isEmpty()) {
            digits.set(s.substring(0, s.length() - 1));
        }
    }

    public void clear() {
        digits.set("");
        found.set(null);
        outcome.set(Outcome.NONE);
    }

    /** @return false when no number was entered */
    public boolean lookUp() {
        String entered = digits.get();
        if (entered.isEmpty() || working.get()) {
            return false;
        }
        int number = Integer.parseInt(entered);
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

    /** @return false when the shown order cannot be cancelled (started already, or none shown) */
    public boolean cancelOrder() {
        OrderStatusView view = found.get();
        if (view == null || !view.cancellableByCustomer() || working.get()) {
            return false;
        }
        working.set(true);
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
