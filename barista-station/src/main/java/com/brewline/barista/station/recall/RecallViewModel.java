package com.brewline.barista.station.recall;

import com.brewline.barista.station.work.StationWork;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The ready strip at the bottom: orders waiting for pickup (a tap hands one over) and the recall of
 * the last bumped ticket, which keeps its place and timer.
 */
public final class RecallViewModel {
    private final StationWork work;
    private final ObservableList<Order> ready = FXCollections.observableArrayList();
    private final ObjectProperty<Order> lastBumped = new SimpleObjectProperty<>();

    public RecallViewModel(StationWork work) {
        this.work = work;
    }

    /** On the FX thread, from the reload. */
    public void apply(List<Order> readyNow, Optional<Order> lastBumpedNow) {
        if (!readyNow.equals(ready)) {
            ready.setAll(readyNow);
        }
        lastBumped.set(lastBumpedNow.orElse(null));
    }

    /** Brings this station's last bumped ticket back to preparation; the banner goes once it moves on. */
    public CompletableFuture<Boolean> recall() {
        return work.act(() -> {
            Optional<Order> last = work.workplace().lastBumped(work.store());
            if (last.isEmpty()) {
                work.onFx(() -> work.banner().show(work.messages().text("notice.nothingToRecall")));
                return false;
            }
            work.workplace().recall(work.store(), last.get(), work.stationId());
            work.banner().showAbout(work.messages().text("notice.recalled", last.get().pickupNumber()),
                    last.get().id(), OrderStatus.IN_PREPARATION);
            return true;
        });
    }

    public CompletableFuture<Boolean> handOver(Order readyOrder) {
        return work.act(() -> {
            work.store().orders().transition(readyOrder.id(), OrderStatus.PICKED_UP, work.stationId(), "picked up");
            return true;
        });
    }

    /** Hands over the ready order that has waited longest (bump-bar key). */
    public CompletableFuture<Boolean> handOverOldest() {
        return ready.isEmpty() ? CompletableFuture.completedFuture(false) : handOver(ready.get(0));
    }

    public ObservableList<Order> ready() {
        return ready;
    }

    public ObjectProperty<Order> lastBumpedProperty() {
        return lastBumped;
    }
}
