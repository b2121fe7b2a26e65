package com.brewline.kiosk.attract;

import com.brewline.kiosk.common.Background;
import com.brewline.kiosk.common.KioskSettings;
import com.brewline.model.BusinessDay;
import com.brewline.store.BrewlineStore;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Touch to order": shows the store's name and whether it takes orders; a closed (or paused)
 * store takes none. Follows the store's day through the change feed.
 */
public final class AttractViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AttractViewModel.class);

    private final BrewlineStore store;
    private final Background background;
    private final KioskSettings settings;
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final BooleanProperty known = new SimpleBooleanProperty();
    /** The current day's state; null when no day was ever opened. */
    private final javafx.beans.property.ObjectProperty<BusinessDay.State> dayState =
            new javafx.beans.property.SimpleObjectProperty<>();
    private final AutoCloseable subscription;
    /** The kiosk gate's advice (stations alive, pacing); null: none asked (the day alone decides). */
    private final com.brewline.kiosk.live.GateViewModel gate;
    /** New orders may start: the day is open and the gate does not say stop. */
    private final javafx.beans.binding.BooleanBinding ordering;
    /** Made once and kept: a binding no one holds is collected and stops following its source. */
    private final javafx.beans.binding.ObjectBinding<com.brewline.kitchen.KioskAdvice.Reason> gateReason;
    private final javafx.beans.binding.LongBinding waitMinutes;
    private Runnable onStart = () -> { };
    private Runnable onStatus = () -> { };

    public AttractViewModel(BrewlineStore store, Background background, KioskSettings settings) {
        this(store, background, settings, null);
    }

    public AttractViewModel(BrewlineStore store, Background background, KioskSettings settings,
                            com.brewline.kiosk.live.GateViewModel gate) {
        this.gate = gate;
        this.ordering = gate == null ? javafx.beans.binding.Bindings.and(open, open)
                : open.and(gate.takingOrdersProperty());
        this.gateReason = gate == null
                ? javafx.beans.binding.Bindings.createObjectBinding(() -> com.brewline.kitchen.KioskAdvice.Reason.OPEN)
                : javafx.beans.binding.Bindings.createObjectBinding(() -> gate.adviceProperty().get() == null
                ? com.brewline.kitchen.KioskAdvice.Reason.OPEN : gate.adviceProperty().get().reason(), gate.adviceProperty());
        this.waitMinutes = gate == null ? javafx.beans.binding.Bindings.createLongBinding(() -> 0L)
                : gate.waitMinutesProperty();
        this.store = store;
        this.background = background;
        this.settings = settings;
        this.subscription = store.changes().subscribe(this::refresh);
        refresh();
    }

    public void setOnStart(Runnable onStart) {
        this.onStart = onStart;
    }

    public void setOnStatus(Runnable onStatus) {
        this.onStatus = onStatus;
    }

    public String storeName(boolean korean) {
        return korean ? settings.storeNameKo() : settings.storeNameEn();
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open;
    }

    /** The day is open and the gate lets new orders start (pacing, stations): the start button shows. */
    public javafx.beans.binding.BooleanBinding orderingProperty() {
        return ordering;
    }

    /** Why the gate holds new orders back (OPEN when it does not, or when no gate was asked). */
    public javafx.beans.binding.ObjectBinding<com.brewline.kitchen.KioskAdvice.Reason> gateReasonProperty() {
        return gateReason;
    }

    /** The queue's wait in minutes as the gate last saw it (0: unknown). */
    public javafx.beans.binding.LongBinding waitMinutesProperty() {
        return waitMinutes;
    }

    /** False until the store's day was read once. */
    public ReadOnlyBooleanProperty knownProperty() {
        return known;
    }

    public javafx.beans.property.ReadOnlyObjectProperty<BusinessDay.State> dayStateProperty() {
        return dayState;
    }

    /**
     * Reads the day off the FX thread. Called for every commit the change feed announces (a barista
     * opening, pausing or closing the day in another process), so the screen follows by itself.
     */
    public void refresh() {
        background.run(() -> store.days().current().map(BusinessDay::state), state -> {
            dayState.set(state.orElse(null));
            open.set(state.map(s -> s == BusinessDay.State.OPEN).orElse(false));
            known.set(true);
        }, error -> LOG.error("could not read the store's day", error));
    }

    /** @return false when the store is closed or the gate holds new orders back (no order is taken) */
    public boolean start() {
        if (!ordering.get()) {
            return false;
        }
        onStart.run();
        return true;
    }

    public void showStatus() {
        onStatus.run();
    }

    @Override
    public void close() throws Exception {
        subscription.close();
    }
}
