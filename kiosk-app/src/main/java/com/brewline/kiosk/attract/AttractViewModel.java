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
    private Runnable onStart = () -> { };
    private Runnable onStatus = () -> { };

    public AttractViewModel(BrewlineStore store, Background background, KioskSettings settings) {
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

    /** @return false when the store is closed (no order is taken) */
    public boolean start() {
        if (!open.get()) {
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
