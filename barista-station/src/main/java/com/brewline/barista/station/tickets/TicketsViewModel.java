package com.brewline.barista.station.tickets;

import com.brewline.barista.station.work.StationWork;
import com.brewline.model.ChosenOption;
import com.brewline.model.IllegalTransitionException;
import com.brewline.model.Menu;
import com.brewline.model.MenuOption;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.model.UrgentFlag;
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
     * On the FX thread, with the open tickets in queue (commit) order and the urgent ones' reasons:
     * urgent tickets first, each group in queue order. Keeps each ticket's object, so cells update in place.
     */
    public void apply(List<Order> open, Map<Long, UrgentFlag> urgent) {
        List<TicketViewModel> next = new ArrayList<>(open.size());
        List<TicketViewModel> rest = new ArrayList<>(open.size());
        Map<Long, TicketViewModel> nextById = new HashMap<>();
        // timers age by queue order, before urgency reorders the row
        List<Instant> timerStarts = Ageing.timerStarts(open.stream().map(Order::paidAt).toList());
        for (int i = 0; i < open.size(); i++) {
            Order o = open.get(i);
            TicketViewModel t = byId.get(o.id());
            if (t == null) {
                t = new TicketViewModel(o, ageing);
            } else {
                t.update(o);
            }
            t.timerStart(timerStarts.get(i));
            UrgentFlag flag = urgent.get(o.id());
            t.urgentReason(flag == null ? null : flag.reason());
            (flag == null ? rest : next).add(t);
            nextById.put(o.id(), t);
        }
        next.addAll(rest);
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

    /** Claims the ticket; completes false (with a banner) when another station started it first. */
    public CompletableFuture<Boolean> start(TicketViewModel t) {
        Order o = t.order();
        return work.act(() -> {
            try {
                work.store().orders().transition(o.id(), OrderStatus.IN_PREPARATION, work.stationId(), "started");
                return true;
            } catch (IllegalTransitionException e) {
                work.lostRace(o);
                return false;
            }
        });
    }

    /** Done: the order turns READY and the pickup board announces it. A ticket not yet started is claimed first. */
    public CompletableFuture<Boolean> bump(TicketViewModel t) {
        Order o = t.order();
        return work.act(() -> {
            try {
                if (work.currentStatus(o) == OrderStatus.PAID) {
                    work.store().orders().transition(o.id(), OrderStatus.IN_PREPARATION, work.stationId(), "started");
                }
                work.store().orders().transition(o.id(), OrderStatus.READY, work.stationId(), "done");
                return true;
            } catch (IllegalTransitionException e) {
                work.lostRace(o);
                return false;
            }
        });
    }

    /** Checks an item line off or back on; a ticket not yet started is claimed first. */
    public CompletableFuture<Boolean> toggleLine(TicketViewModel t, int lineIndex) {
        Order o = t.order();
        boolean done = !o.linesDone().get(lineIndex);
        return work.act(() -> {
            try {
                if (work.currentStatus(o) == OrderStatus.PAID) {
                    work.store().orders().transition(o.id(), OrderStatus.IN_PREPARATION, work.stationId(), "started");
                }
                work.store().orders().setLineDone(o.id(), lineIndex, done, work.stationId());
                return true;
            } catch (IllegalTransitionException e) {
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
