package com.brewline.barista.station.urgent;

import com.brewline.barista.station.work.StationWork;
import com.brewline.model.Order;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Marking a waiting order urgent, with a reason the whole bar sees on the ticket; it moves to the
 * front of the queue. The mark changes no status and can be taken back.
 */
public final class UrgentViewModel {
    /** The reasons staff pick from; their texts are in the bundle and go into the order's flag history. */
    public static final List<String> REASON_KEYS = List.of("urgent.reason.waiting", "urgent.reason.remake",
            "urgent.reason.allergy", "urgent.reason.event");

    private final StationWork work;
    private final ObjectProperty<Order> choosingFor = new SimpleObjectProperty<>();

    public UrgentViewModel(StationWork work) {
        this.work = work;
    }

    /** Opens the reasons for the order. */
    public void askReason(Order o) {
        choosingFor.set(o);
    }

    /** Marks the order being asked about urgent with the reason at {@code index} (0-based). */
    public CompletableFuture<Boolean> markWith(int index) {
        Order o = choosingFor.get();
        if (o == null || index < 0 || index >= REASON_KEYS.size()) {
            return CompletableFuture.completedFuture(false);
        }
        choosingFor.set(null);
        String reason = work.messages().text(REASON_KEYS.get(index));
        return work.act(() -> {
            work.store().orders().setUrgent(o.id(), reason, work.stationId());
            return true;
        });
    }

    /** Takes the mark back: the order returns to its place in the queue. */
    public CompletableFuture<Boolean> clear(Order o) {
        choosingFor.set(null);
        return work.act(() -> {
            work.store().orders().setUrgent(o.id(), null, work.stationId());
            return true;
        });
    }

    public void cancel() {
        choosingFor.set(null);
    }

    public boolean choosing() {
        return choosingFor.get() != null;
    }

    public ObjectProperty<Order> choosingForProperty() {
        return choosingFor;
    }
}
