package com.brewline.barista.station.tickets;

import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.time.Duration;
import java.time.Instant;

/**
 * One ticket on the station. Its order is replaced in place when the store changes it, so a cell
 * showing it re-renders without the list being rebuilt. Time is not a property here: the view asks
 * {@link #waited} only for the cells on screen, once a second.
 */
public final class TicketViewModel {
    private final ReadOnlyObjectWrapper<Order> order;
    private final Ageing ageing;
    /** Where this ticket's timer starts: its payment, but never before an earlier ticket's (see {@link Ageing#timerStarts}). */
    private Instant timerStart;
    /** Why staff marked it urgent, or null. */
    private final ReadOnlyObjectWrapper<String> urgentReason = new ReadOnlyObjectWrapper<>();

    TicketViewModel(Order order, Ageing ageing) {
        this.order = new ReadOnlyObjectWrapper<>(order);
        this.ageing = ageing;
    }

    void update(Order newer) {
        if (!newer.equals(order.get())) {
            order.set(newer);
        }
    }

    public ReadOnlyObjectProperty<Order> orderProperty() {
        return order.getReadOnlyProperty();
    }

    public Order order() {
        return order.get();
    }

    public long orderId() {
        return order.get().id();
    }

    public boolean started() {
        return order.get().status() == OrderStatus.IN_PREPARATION;
    }

    void urgentReason(String reason) {
        urgentReason.set(reason);
    }

    /** Why staff marked it urgent (it is then at the front), or null. */
    public ReadOnlyObjectProperty<String> urgentReasonProperty() {
        return urgentReason.getReadOnlyProperty();
    }

    public boolean urgent() {
        return urgentReason.get() != null;
    }

    void timerStart(Instant start) {
        this.timerStart = start;
    }

    /**
     * Since payment (a recalled ticket keeps its original timer), never negative: a wall clock set
     * back shows 0:00, not minus minutes, and a later ticket never looks older than an earlier one.
     */
    public Duration waited(Instant now) {
        Instant start = timerStart != null ? timerStart : order.get().paidAt();
        if (start == null) {
            return Duration.ZERO;
        }
        Duration d = Duration.between(start, now);
        return d.isNegative() ? Duration.ZERO : d;
    }

    public int targetSeconds() {
        return order.get().prepTargetSeconds();
    }

    public Ageing.Level level(Instant now) {
        return ageing.classify(waited(now), targetSeconds());
    }
}
