package com.brewline.barista.station.tickets;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.util.Duration;

import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Consumer;

/** The tickets in a horizontal row of cards; once a second refreshes the timers of the cells on screen (never the whole queue). */
public final class TicketsView {
    public static final double TICKET_WIDTH = 330;

    private final TicketsViewModel vm;
    private final Consumer<TicketViewModel> onReject;
    private final Consumer<TicketViewModel> onUrgent;
    /** The cells the ListView created: a handful, however long the queue. */
    private final Set<TicketCell> cells = Collections.newSetFromMap(new WeakHashMap<>());
    private Timeline ticker;

    @FXML private ListView<TicketViewModel> ticketList;
    @FXML private Label emptyQueue;

    /** @param onReject a ticket's reject button: opens the reason chooser; {@code onUrgent} likewise for urgency */
    public TicketsView(TicketsViewModel vm, Consumer<TicketViewModel> onReject, Consumer<TicketViewModel> onUrgent) {
        this.vm = vm;
        this.onReject = onReject;
        this.onUrgent = onUrgent;
    }

    @FXML
    private void initialize() {
        ticketList.setFixedCellSize(TICKET_WIDTH);
        ticketList.setItems(vm.all());
        ticketList.setCellFactory(list -> {
            TicketCell cell = new TicketCell(vm, onReject, onUrgent);
            cells.add(cell);
            return cell;
        });
        ticketList.setPlaceholder(new Label());
        emptyQueue.visibleProperty().bind(Bindings.isEmpty(vm.all()));
        vm.selectedProperty().addListener((obs, old, t) -> {
            if (t == null) {
                ticketList.getSelectionModel().clearSelection();
            } else {
                int i = vm.all().indexOf(t);
                ticketList.getSelectionModel().select(i);
                ticketList.scrollTo(Math.max(0, i - 1));
            }
        });
        ticketList.getSelectionModel().selectedItemProperty().addListener((obs, old, t) -> {
            if (t != null) {
                vm.selectedProperty().set(t);
            }
        });
        vm.nowProperty().addListener((obs, o, now) -> refreshVisibleTimers(now));
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    private void refreshVisibleTimers(Instant now) {
        for (TicketCell cell : cells) {
            cell.refreshTime(now);
        }
    }

    public ListView<TicketViewModel> ticketList() {
        return ticketList;
    }

    /** The ticket cells that exist right now (for the 500-ticket check: only about a screenful). */
    public int liveCellCount() {
        return (int) cells.stream().filter(c -> c.getItem() != null).count();
    }

    public void stop() {
        if (ticker != null) {
            ticker.stop();
        }
    }
}
