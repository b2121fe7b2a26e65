package com.brewline.barista.station.reject;

import com.brewline.barista.station.work.StationWork;
import com.brewline.model.Order;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Rejecting an order with a reason chosen from a short list; the refund is queued in the same transaction. */
public final class RejectViewModel {
    /** The reasons a barista can pick; their texts are in the bundle. */
    public static final List<String> REASON_KEYS = List.of("reject.reason.soldOut", "reject.reason.machine",
            "reject.reason.customerLeft", "reject.reason.duplicate", "reject.reason.other");

    private final StationWork work;
    /** The order whose reason is being chosen, or null when the chooser is closed. */
    private final ObjectProperty<Order> choosingFor = new SimpleObjectProperty<>();

    public RejectViewModel(StationWork work) {
        this.work = work;
    }

    /** Opens the reason chooser for the order. */
    public void askReason(Order o) {
        choosingFor.set(o);
    }

    /** Rejects the order being asked about with the reason at {@code reasonIndex} (0-based). */
    public CompletableFuture<Boolean> rejectWith(int reasonIndex) {
        Order o = choosingFor.get();
        if (o == null || reasonIndex < 0 || reasonIndex >= REASON_KEYS.size()) {
            return CompletableFuture.completedFuture(false);
        }
        return reject(o, REASON_KEYS.get(reasonIndex));
    }

    /** Rejects with the reason (a bundle key of {@link #REASON_KEYS}). */
    public CompletableFuture<Boolean> reject(Order o, String reasonKey) {
        String reason = work.messages().text(reasonKey);
        choosingFor.set(null);
        return work.act(() -> {
            work.refunds().reject(o.id(), reason, work.stationId());
            boolean pending = work.store().payments().refundsDue().stream().anyMatch(r -> r.orderId() == o.id());
            String text = work.messages().text(pending ? "notice.rejectedRefundPending" : "notice.rejectedRefunded",
                    o.pickupNumber(), reason);
            work.onFx(() -> work.banner().show(text));
            return true;
        });
    }

    public void cancel() {
        choosingFor.set(null);
    }

    public ObjectProperty<Order> choosingForProperty() {
        return choosingFor;
    }

    public boolean choosing() {
        return choosingFor.get() != null;
    }
}
