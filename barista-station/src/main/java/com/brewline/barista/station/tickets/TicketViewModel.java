package com.brewline.barista.station.tickets;

import com.brewline.barista.station.work.Ticket;
import com.brewline.model.Order;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.time.Duration;
import java.time.Instant;

/**
 * One ticket on the station (the whole order, or this station's part of it). Replaced in place when the store
 * changes it, so a cell
 * showing it re-renders without the list being rebuilt. Time is not a property here: the view asks
 * {@link #waited} only for the cells on screen, once a second.
 */
public final class TicketViewModel {
    private final ReadOnlyObjectWrapper<Ticket> ticket;
    private final Ageing ageing;
    /** Where this ticket's timer starts: its payment, but never before an earlier ticket's (see {@link Ageing#timerStarts}). */
    private Instant timerStart;
    /** Why staff marked it urgent, or null. */
    private final ReadOnlyObjectWrapper<String> urgentReason = new ReadOnlyObjectWrapper<>();

    TicketViewModel(Ticket ticket, Ageing ageing) {
        this.ticket = new ReadOnlyObjectWrapper<>(ticket);
        this.ageing = ageing;
    }

    void update(Ticket newer) {
        if (!newer.equals(ticket.get())) {
            ticket.set(newer);
        }
    }

    public ReadOnlyObjectProperty<Ticket> ticketProperty() {
        return ticket.getReadOnlyProperty();
    }

    public Ticket ticket() {
        return ticket.get();
    }

    public Order order() {
        return ticket.get().order();
    }

    public long orderId() {
        return order().id();
    }

    /** This station has started its work on it. */
    public boolean started() {
        return ticket.get().started();
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
        Instant start = timerStart != null ? timerStart : order().paidAt();
        if (start == null) {
            return Duration.ZERO;
        }
        Duration d = Duration.between(start, now);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** This station's target: the prep time of the lines it makes. */
    public int targetSeconds() {
        return ticket.get().targetSeconds();
    }

    public Ageing.Level level(Instant now) {
        return ageing.classify(waited(now), targetSeconds());
    }
}
