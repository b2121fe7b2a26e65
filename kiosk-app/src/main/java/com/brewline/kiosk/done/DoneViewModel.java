package com.brewline.kiosk.done;

import com.brewline.kiosk.common.Background;
import com.brewline.model.Order;
import com.brewline.model.PrepTime;
import com.brewline.store.BrewlineStore;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The pickup number and the estimated wait (the tickets ahead plus this order's own prep time);
 * returns to the attract screen after a few seconds or a touch.
 */
public final class DoneViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(DoneViewModel.class);

    private final BrewlineStore store;
    private final Background background;
    private final Clock clock;
    private final Duration shownFor;
    private final int baristas;
    private final IntegerProperty pickupNumber = new SimpleIntegerProperty();
    private final javafx.beans.property.StringProperty cancelCode = new javafx.beans.property.SimpleStringProperty("");
    /** Estimated wait in whole minutes (at least 1), -1 while still being computed. */
    private final IntegerProperty waitMinutes = new SimpleIntegerProperty(-1);
    private final IntegerProperty secondsLeft = new SimpleIntegerProperty();
    private Instant until;
    private Runnable onFinished = () -> { };
    /** The paid order's wait in minutes (off the FX thread); null: the tickets ahead shared by the baristas, as before. */
    private final java.util.function.ToIntFunction<Order> waitOf;

    public DoneViewModel(BrewlineStore store, Background background, Clock clock, Duration shownFor, int baristas) {
        this(store, background, clock, shownFor, baristas, null);
    }

    /**
     * @param waitOf the paid order's wait in whole minutes as the kiosk gate counts it (the same count as the wait
     *               shown before paying, and the figure the PAID message tells: {@code live.PaidWaits})
     */
    public DoneViewModel(BrewlineStore store, Background background, Clock clock, Duration shownFor, int baristas,
                         java.util.function.ToIntFunction<Order> waitOf) {
        this.waitOf = waitOf;
        this.store = store;
        this.background = background;
        this.clock = clock;
        this.shownFor = shownFor;
        this.baristas = baristas;
    }

    public void setOnFinished(Runnable onFinished) {
        this.onFinished = onFinished;
    }

    public void show(Order paid) {
        pickupNumber.set(paid.pickupNumber());
        cancelCode.set(com.brewline.model.CancelCode.of(paid));
        waitMinutes.set(-1);
        until = clock.instant().plus(shownFor);
        tick();
        background.run(() -> estimate(paid), minutes -> {
            if (pickupNumber.get() == paid.pickupNumber()) {
                waitMinutes.set(minutes);
            }
        }, error -> LOG.error("could not estimate the wait", error));
    }

    private int estimate(Order paid) {
        if (waitOf != null) {
            return waitOf.applyAsInt(paid);
        }
        List<Order> ahead = store.orders().openTickets().stream()
                .filter(o -> o.id() != paid.id())
                .filter(o -> o.paidAt() == null || paid.paidAt() == null || !o.paidAt().isAfter(paid.paidAt()))
                .toList();
        Duration wait = PrepTime.estimatedWait(ahead, paid.lines(), baristas);
        return (int) Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    public ReadOnlyIntegerProperty pickupNumberProperty() {
        return pickupNumber;
    }

    /** The code that proves the order is the customer's when they cancel it. */
    public javafx.beans.property.ReadOnlyStringProperty cancelCodeProperty() {
        return cancelCode;
    }

    public ReadOnlyIntegerProperty waitMinutesProperty() {
        return waitMinutes;
    }

    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft;
    }

    public void tick() {
        if (until == null) {
            return;
        }
        long ms = Duration.between(clock.instant(), until).toMillis();
        secondsLeft.set((int) Math.max(0, (ms + 999) / 1000));
        if (ms <= 0) {
            finish();
        }
    }

    /** Forgets the shown order (session end). */
    public void clear() {
        until = null;
        pickupNumber.set(0);
        cancelCode.set("");
        waitMinutes.set(-1);
    }

    /** Touch or timeout: the next customer's turn. */
    public void finish() {
        if (until == null) {
            return;
        }
        until = null;
        onFinished.run();
    }
}
