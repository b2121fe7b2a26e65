package com.brewline.barista.station.tickets;

import com.brewline.barista.station.work.Ticket;
import com.brewline.display.I18n;
import com.brewline.model.DiningOption;
import com.brewline.model.Order;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.Instant;
import java.util.function.Consumer;

/** One ticket card. Reused by the ListView for whichever ticket scrolls into view. */
public final class TicketCell extends ListCell<TicketViewModel> {
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass LATE = PseudoClass.getPseudoClass("late");
    private static final PseudoClass STARTED = PseudoClass.getPseudoClass("started");
    private static final PseudoClass TAKEOUT = PseudoClass.getPseudoClass("takeout");
    private static final PseudoClass URGENT = PseudoClass.getPseudoClass("urgent");

    private final TicketsViewModel vm;
    private final Consumer<TicketViewModel> onReject;
    private final Consumer<TicketViewModel> onUrgent;
    private final I18n messages;
    private final Label urgentReason = new Label();
    private final Button urgentButton = new Button();
    private final ChangeListener<String> onUrgentChanged = (obs, old, r) -> renderUrgent(r);
    private final VBox card = new VBox();
    private final Label number = new Label();
    private final Label position = new Label();
    private final Label dining = new Label();
    private final Label status = new Label();
    private final Label waited = new Label();
    private final Label target = new Label();
    private final VBox lines = new VBox();
    private final Button startButton = new Button();
    private final Button doneButton = new Button();
    private final Button rejectButton = new Button();
    private final Label others = new Label();
    private final Label phone = new Label();
    private final HBox phoneRow = new HBox(8);
    private final ChangeListener<Ticket> onTicketChanged = (obs, old, t) -> render(t);

    TicketCell(TicketsViewModel vm, Consumer<TicketViewModel> onReject, Consumer<TicketViewModel> onUrgent) {
        this.vm = vm;
        this.onReject = onReject;
        this.onUrgent = onUrgent;
        urgentReason.getStyleClass().add("urgent-reason");
        urgentReason.setWrapText(true);
        urgentReason.setMaxWidth(Double.MAX_VALUE);
        urgentReason.managedProperty().bind(urgentReason.visibleProperty());
        this.messages = vm.messages();
        number.getStyleClass().add("ticket-number");
        position.getStyleClass().add("ticket-position");
        dining.getStyleClass().add("dining");
        status.getStyleClass().add("ticket-status");
        waited.getStyleClass().add("waited");
        target.getStyleClass().add("target");
        lines.getStyleClass().add("lines");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, number, dining, spacer, status, position);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("ticket-header");
        FontIcon timer = new FontIcon(Material2MZ.TIMER);
        timer.getStyleClass().add("timer-icon");
        Region spacer2 = new Region();
        HBox.setHgrow(spacer2, Priority.ALWAYS);
        waited.setMinWidth(Region.USE_PREF_SIZE);
        target.setMinWidth(Region.USE_PREF_SIZE);
        number.setMinWidth(Region.USE_PREF_SIZE);
        dining.setMinWidth(Region.USE_PREF_SIZE);
        status.setMinWidth(Region.USE_PREF_SIZE);
        position.setMinWidth(Region.USE_PREF_SIZE);
        position.visibleProperty().bind(position.textProperty().isNotEmpty()); // keys 1-9 only: no empty key
        position.managedProperty().bind(position.visibleProperty());
        HBox time = new HBox(8, timer, waited, spacer2, target);
        time.setAlignment(Pos.BASELINE_LEFT);
        time.getStyleClass().add("ticket-time");
        // issue 12: what the other stations are doing with the same order, in one quiet line
        others.getStyleClass().add("ticket-others");
        others.setWrapText(true);
        others.setMaxWidth(Double.MAX_VALUE);
        others.managedProperty().bind(others.visibleProperty());
        // issue 14: the customer will get a text message; the number is shown masked only
        FontIcon sms = new FontIcon(Material2MZ.SMS);
        sms.getStyleClass().add("phone-icon");
        Label smsMark = new Label(messages.text("ticket.sms"));
        smsMark.getStyleClass().add("sms-mark");
        smsMark.setMinWidth(Region.USE_PREF_SIZE);
        phone.getStyleClass().add("ticket-phone");
        phoneRow.getChildren().addAll(sms, phone, smsMark);
        phoneRow.setAlignment(Pos.CENTER_LEFT);
        phoneRow.getStyleClass().add("phone-row");
        phoneRow.managedProperty().bind(phoneRow.visibleProperty());
        ScrollPane lineScroll = new ScrollPane(lines);
        lineScroll.setFitToWidth(true);
        lineScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        lineScroll.getStyleClass().add("lines-scroll");
        // the lines take the card's height that is left, and scroll within it: asking for all their height, a long
        // ticket made every card taller than the list (a second scroll bar, the actions below the screen's edge)
        lineScroll.setPrefViewportHeight(1);
        lineScroll.setMinHeight(0);
        VBox.setVgrow(lineScroll, Priority.ALWAYS);
        startButton.setText(messages.text("action.start"));
        startButton.getStyleClass().addAll("ticket-button", "start-button");
        doneButton.setText(messages.text("action.done"));
        doneButton.getStyleClass().addAll("ticket-button", "done-button");
        rejectButton.setText(messages.text("action.reject"));
        rejectButton.getStyleClass().addAll("ticket-button", "reject-button");
        urgentButton.setText(messages.text("action.urgent"));
        urgentButton.getStyleClass().addAll("ticket-button", "urgent-button");
        urgentButton.setOnAction(e -> {
            vm.selectedProperty().set(getItem());
            onUrgent.accept(getItem());
        });
        for (Button b : new Button[]{startButton, doneButton, rejectButton, urgentButton}) {
            b.setFocusTraversable(false);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMinWidth(Region.USE_PREF_SIZE); // a label is read whole or not at all: never "St…"
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        startButton.setOnAction(e -> vm.start(getItem()));
        doneButton.setOnAction(e -> vm.bump(getItem()));
        rejectButton.setOnAction(e -> {
            vm.selectedProperty().set(getItem());
            onReject.accept(getItem());
        });
        // Two rows: four labels in one row of a 330 px card were cut ("St…", "Urg…") once the card's border
        // thickened (selected, urgent). The work (start, done) above, big; the exceptions (reject, urgent) below.
        HBox work = new HBox(6, startButton, doneButton);
        work.getStyleClass().add("work-actions");
        HBox exceptions = new HBox(6, rejectButton, urgentButton);
        exceptions.getStyleClass().add("exception-actions");
        VBox actions = new VBox(6, work, exceptions);
        actions.getStyleClass().add("ticket-actions");
        card.getChildren().addAll(header, urgentReason, time, phoneRow, others, lineScroll, actions);
        card.getStyleClass().add("ticket-card");
        card.setOnMouseClicked(e -> vm.selectedProperty().set(getItem()));
        getStyleClass().add("ticket-cell");
        setText(null);
    }

    @Override
    protected void updateItem(TicketViewModel item, boolean empty) {
        TicketViewModel previous = getItem();
        if (previous != null) {
            previous.ticketProperty().removeListener(onTicketChanged);
            previous.urgentReasonProperty().removeListener(onUrgentChanged);
        }
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        item.ticketProperty().addListener(onTicketChanged);
        item.urgentReasonProperty().addListener(onUrgentChanged);
        render(item.ticket());
        renderUrgent(item.urgentReasonProperty().get());
        refreshTime(vm.nowProperty().get());
        setGraphic(card);
    }

    private void renderUrgent(String reason) {
        urgentReason.setVisible(reason != null);
        urgentReason.setText(reason == null ? "" : messages.text("urgent.badge", reason));
        card.pseudoClassStateChanged(URGENT, reason != null);
    }

    private void render(Ticket t) {
        Order o = t.order();
        number.setText("#" + o.pickupNumber());
        int index = getIndex();
        position.setText(index >= 0 && index < 9 ? String.valueOf(index + 1) : "");
        dining.setText(messages.text(o.dining() == DiningOption.TAKEOUT ? "dining.takeout" : "dining.dineIn"));
        dining.pseudoClassStateChanged(TAKEOUT, o.dining() == DiningOption.TAKEOUT);
        boolean started = t.started();
        status.setText(messages.text(started ? "status.IN_PREPARATION" : "status.PAID"));
        card.pseudoClassStateChanged(STARTED, started);
        target.setText(messages.text("ticket.target", I18n.minutesSeconds(t.targetSeconds())));
        startButton.setDisable(started);
        phoneRow.setVisible(t.maskedPhone() != null);
        phone.setText(t.maskedPhone() == null ? "" : t.maskedPhone());
        others.setVisible(!t.others().isEmpty());
        others.setText(t.others().stream().map(p -> messages.text("ticket.other." + p.state().name(), p.stationName()))
                .reduce((a, b) -> a + " · " + b).orElse(""));
        lines.getChildren().clear();
        for (int i : t.lines()) {
            lines.getChildren().add(LineRow.of(vm, o, i, this::getItem));
        }
    }

    /**
     * The card's own height. The list's fixed cell size is a ticket's width (the list runs sideways), but the cell's
     * skin reports it as the height too: every card was at least 330 px high, on a short window taller than the list
     * (a second scroll bar, the actions below its edge).
     */
    @Override
    protected double computePrefHeight(double width) {
        return getGraphic() == null ? 0 : snappedTopInset() + getGraphic().prefHeight(-1) + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return getGraphic() == null ? 0 : snappedTopInset() + getGraphic().minHeight(-1) + snappedBottomInset();
    }

    /** The once-a-second work of a visible cell: the timer text and the ageing colour. */
    void refreshTime(Instant now) {
        TicketViewModel item = getItem();
        if (item == null || isEmpty()) {
            return;
        }
        waited.setText(I18n.minutesSeconds(item.waited(now).getSeconds()));
        Ageing.Level level = item.level(now);
        card.pseudoClassStateChanged(WARNING, level == Ageing.Level.WARNING);
        card.pseudoClassStateChanged(LATE, level == Ageing.Level.LATE);
    }

    /** For tests: the ageing shown right now. */
    public String shownLevel() {
        if (card.getPseudoClassStates().contains(LATE)) {
            return "LATE";
        }
        return card.getPseudoClassStates().contains(WARNING) ? "WARNING" : "NORMAL";
    }
}
