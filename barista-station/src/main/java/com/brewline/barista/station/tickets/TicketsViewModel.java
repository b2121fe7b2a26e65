package com.brewline.barista.station.tickets;

import com.brewline.barista.station.work.StationWork;
import com.brewline.barista.station.work.Ticket;
import com.brewline.barista.station.work.Workplace;
import com.brewline.model.ChosenOption;
import com.brewline.model.IllegalTransitionException;
import com.brewline.model.Menu;
import com.brewline.model.MenuOption;
import com.brewline.model.Order;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The queue of tickets, oldest (first committed) first: start, check off lines, bump; the
 * selection the bump bar works on; the time the cells' timers read.
 */
public final class TicketsViewModel {
    private final StationWork work;
    private final Menu menu;
    private final Ageing ageing;
    private final ObservableList<TicketViewModel> tickets = FXCollections.observableArrayList();
    private final ObjectProperty<TicketViewModel> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Instant> now;
    private final Map<Long, TicketViewModel> byId = new HashMap<>();

    public TicketsViewModel(StationWork work, Menu menu, Ageing ageing) {
        this.work = work;
        this.menu = menu;
        this.ageing = ageing;
        this.now = new SimpleObjectProperty<>(work.clock().instant());
    }

    /**
     * On the FX thread, with the station's tickets, urgent first, each group in queue (commit) order. Keeps each
     * ticket's object, so cells update in place.
     */
    public void apply(List<Ticket> open) {
        List<TicketViewModel> next = new ArrayList<>(open.size());
        Map<Long, TicketViewModel> nextById = new HashMap<>();
        // timers age by queue order within each group (urgent, the rest), whatever the kiosks' clocks did
        List<Instant> timerStarts = new ArrayList<>(open.size());
        timerStarts.addAll(Ageing.timerStarts(open.stream().filter(t -> t.urgent() != null).map(t -> t.order().paidAt()).toList()));
        timerStarts.addAll(Ageing.timerStarts(open.stream().filter(t -> t.urgent() == null).map(t -> t.order().paidAt()).toList()));
        List<Ticket> inOrder = new ArrayList<>(open.stream().filter(t -> t.urgent() != null).toList());
        inOrder.addAll(open.stream().filter(t -> t.urgent() == null).toList());
        for (int i = 0; i < inOrder.size(); i++) {
            Ticket ticket = inOrder.get(i);
            TicketViewModel t = byId.get(ticket.orderId());
            if (t == null) {
                t = new TicketViewModel(ticket, ageing);
            } else {
                t.update(ticket);
            }
            t.timerStart(timerStarts.get(i));
            t.urgentReason(ticket.urgent() == null ? null : ticket.urgent().reason());
            next.add(t);
            nextById.put(ticket.orderId(), t);
        }
        byId.clear();
        byId.putAll(nextById);
        if (!next.equals(tickets)) {
            tickets.setAll(next);
        }
        if (selected.get() != null && !byId.containsKey(selected.get().orderId())) {
            selected.set(null);
        }
    }

    /** Once a second from the view; only the cells on screen read the new time. */
    public void tick() {
        now.set(work.clock().instant());
    }

    /** Starts this station's work on the ticket; completes false (with a banner) when another got there first. */
    public CompletableFuture<Boolean> start(TicketViewModel t) {
        Order o = t.order();
        return work.act(() -> {
            try {
                work.workplace().start(work.store(), o, work.stationId());
                return true;
            } catch (Workplace.LostRaceException e) {
                work.lostRace(o);
                return false;
            }
        });
    }

    /**
     * Done: this station's work on the order is finished (a ticket not yet started is started first); with the last
     * station's bump the order turns READY and the pickup board announces it.
     */
    public CompletableFuture<Boolean> bump(TicketViewModel t) {
        Order o = t.order();
        return work.act(() -> {
            try {
                work.workplace().bump(work.store(), o, work.stationId());
                return true;
            } catch (Workplace.LostRaceException e) {
                work.lostRace(o);
                return false;
            }
        });
    }

    /** Checks an item line (an index into the order's lines) off or back on; a ticket not yet started is started first. */
    public CompletableFuture<Boolean> toggleLine(TicketViewModel t, int lineIndex) {
        Order o = t.order();
        boolean done = !o.linesDone().get(lineIndex);
        return work.act(() -> {
            try {
                work.workplace().startIfWaiting(work.store(), o, work.stationId());
                work.store().orders().setLineDone(o.id(), lineIndex, done, work.stationId());
                return true;
            } catch (Workplace.LostRaceException | IllegalTransitionException e) {
                work.lostRace(o);
                return false;
            }
        });
    }

    // ---- selection (bump-bar keys) ----

    /** 1-based position in the queue, oldest first. */
    public void selectPosition(int position) {
        if (position >= 1 && position <= tickets.size()) {
            selected.set(tickets.get(position - 1));
        }
    }

    public void selectNext(int delta) {
        if (tickets.isEmpty()) {
            return;
        }
        int at = selected.get() == null ? (delta > 0 ? -1 : tickets.size()) : tickets.indexOf(selected.get());
        selected.set(tickets.get(Math.max(0, Math.min(tickets.size() - 1, at + delta))));
    }

    /** The selected ticket, or the oldest when none is selected. */
    public Optional<TicketViewModel> target() {
        if (selected.get() != null) {
            return Optional.of(selected.get());
        }
        return tickets.isEmpty() ? Optional.empty() : Optional.of(tickets.get(0));
    }

    public void startTarget() {
        target().ifPresent(this::start);
    }

    public void bumpTarget() {
        target().ifPresent(this::bump);
    }

    /** The menu's preselected choice (shown quietly on a ticket, so that what the customer changed stands out). */
    public boolean isDefaultChoice(ChosenOption chosen) {
        return menu.optionGroup(chosen.groupId()).flatMap(g -> g.option(chosen.optionId()))
                .map(MenuOption::isDefault).orElse(false);
    }

    public ObservableList<TicketViewModel> all() {
        return tickets;
    }

    public ObjectProperty<TicketViewModel> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Instant> nowProperty() {
        return now;
    }

    /** Whether the order (by id) is marked urgent now. */
    public boolean isUrgent(long orderId) {
        TicketViewModel t = byId.get(orderId);
        return t != null && t.urgent();
    }

    public com.brewline.display.I18n messages() {
        return work.messages();
    }
}
