package com.brewline.barista.station.allday;

import com.brewline.barista.station.tickets.TicketViewModel;
import com.brewline.barista.station.tickets.TicketsViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.List;

/** The all-day panel: the counts follow the tickets as they change; shown or hidden by the barista. */
public final class AllDayViewModel {
    private final TicketsViewModel tickets;
    private final boolean korean;
    private final ObservableList<AllDayCounts.Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty showing = new SimpleBooleanProperty();

    public AllDayViewModel(TicketsViewModel tickets, boolean korean) {
        this.tickets = tickets;
        this.korean = korean;
        // The tickets list is replaced, and each ticket's order updated in place, by the same reload.
        tickets.all().addListener((ListChangeListener<TicketViewModel>) c -> recount());
        showing.addListener((obs, o, on) -> recount());
    }

    /** On the FX thread after every snapshot (a line checked off changes the counts without changing the list). */
    public void recount() {
        if (!showing.get()) {
            return;
        }
        List<AllDayCounts.Row> next = AllDayCounts.ofWork(tickets.all().stream()
                .map(t -> new AllDayCounts.Work(t.order(), t.ticket().lines())).toList(), tickets::isDefaultChoice, korean);
        if (!next.equals(rows)) {
            rows.setAll(next);
        }
    }

    public ObservableList<AllDayCounts.Row> rows() {
        return rows;
    }

    public BooleanProperty showingProperty() {
        return showing;
    }

    public void toggle() {
        showing.set(!showing.get());
    }
}
