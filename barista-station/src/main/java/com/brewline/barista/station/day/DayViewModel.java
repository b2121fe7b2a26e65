package com.brewline.barista.station.day;

import com.brewline.barista.station.work.StationWork;
import com.brewline.model.BusinessDay;
import com.brewline.model.DaySummary;
import com.brewline.model.Order;
import com.brewline.store.DayCloseRefusedException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;

/**
 * The business day, which only staff open, pause and close: opening is one tap; pausing and
 * closing ask first, saying how many orders are open; a close with open orders is refused and
 * lists them; a close shows the day's summary.
 */
public final class DayViewModel {
    private final StationWork work;
    private final IntSupplier ordersWaiting;
    private final IntSupplier ordersReady;
    private final ObjectProperty<BusinessDay> day = new SimpleObjectProperty<>();
    private final ObjectProperty<DayConfirmation> confirming = new SimpleObjectProperty<>();
    private final ObjectProperty<List<Order>> closeRefused = new SimpleObjectProperty<>();
    private final ObjectProperty<DaySummary> summary = new SimpleObjectProperty<>();

    /** Pausing and closing the day each ask first, saying what will happen. */
    public enum DayAction { PAUSE, CLOSE }

    /** A pending day action and the open orders it concerns. */
    public record DayConfirmation(DayAction action, int ordersWaiting, int ordersReady) {
    }

    /** @param ordersWaiting tickets waiting or in preparation now; {@code ordersReady} ready for pickup now (FX thread) */
    public DayViewModel(StationWork work, IntSupplier ordersWaiting, IntSupplier ordersReady) {
        this.work = work;
        this.ordersWaiting = ordersWaiting;
        this.ordersReady = ordersReady;
    }

    /** On the FX thread, from the reload. */
    public void apply(BusinessDay current) {
        day.set(current);
    }

    public CompletableFuture<Boolean> openDay() {
        return work.act(() -> {
            work.store().days().open(LocalDate.now(work.clock()), work.stationId());
            return true;
        });
    }

    /** The pause button: asks first (kiosks stop taking orders). */
    public void askPauseDay() {
        confirming.set(new DayConfirmation(DayAction.PAUSE, ordersWaiting.getAsInt(), ordersReady.getAsInt()));
    }

    /** The close button: asks first, saying how many orders are still open. */
    public void askCloseDay() {
        confirming.set(new DayConfirmation(DayAction.CLOSE, ordersWaiting.getAsInt(), ordersReady.getAsInt()));
    }

    /** The confirmation's "yes": does what it asked about. */
    public CompletableFuture<Boolean> confirm() {
        DayConfirmation c = confirming.get();
        confirming.set(null);
        if (c == null) {
            return CompletableFuture.completedFuture(false);
        }
        return c.action() == DayAction.PAUSE ? pauseDay() : closeDay();
    }

    public CompletableFuture<Boolean> pauseDay() {
        return work.act(() -> {
            work.store().days().pause(work.stationId());
            return true;
        });
    }

    /** Closes the day and shows its summary, or shows the orders still open and changes nothing. */
    public CompletableFuture<Boolean> closeDay() {
        return work.act(() -> {
            try {
                BusinessDay closed = work.store().days().close(work.stationId());
                DaySummary s = work.store().reports().daySummary(closed.date());
                work.onFx(() -> summary.set(s));
                return true;
            } catch (DayCloseRefusedException e) {
                List<Order> open = e.openOrders();
                work.onFx(() -> closeRefused.set(open));
                return false;
            }
        });
    }

    /** Closes whichever of the day's dialogs is open. */
    public void dismiss() {
        confirming.set(null);
        closeRefused.set(null);
        summary.set(null);
    }

    public boolean showingDialog() {
        return confirming.get() != null || closeRefused.get() != null || summary.get() != null;
    }

    public ObjectProperty<BusinessDay> dayProperty() {
        return day;
    }

    public ObjectProperty<DayConfirmation> confirmingProperty() {
        return confirming;
    }

    public ObjectProperty<List<Order>> closeRefusedProperty() {
        return closeRefused;
    }

    public ObjectProperty<DaySummary> summaryProperty() {
        return summary;
    }
}
