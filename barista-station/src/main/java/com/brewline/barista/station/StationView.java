package com.brewline.barista.station;

import com.brewline.barista.station.alerts.AlertBarView;
import com.brewline.barista.station.alerts.StaffCallView;
import com.brewline.barista.station.allday.AllDayView;
import com.brewline.barista.station.day.DayView;
import com.brewline.barista.station.recall.RecallView;
import com.brewline.barista.station.reject.RejectView;
import com.brewline.barista.station.soldout.SoldOutView;
import com.brewline.barista.station.tickets.TicketsView;
import com.brewline.barista.station.urgent.UrgentView;
import com.brewline.display.I18n;
import com.brewline.model.BusinessDay;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The station's frame: the top bar (the day's state and buttons, the queue's size, refunds), the
 * banner, and the bump bar's keys; each feature (tickets, day, sold-out, reject, recall) is its own
 * FXML with its own view and view model, included here.
 */
public final class StationView {
    private static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");
    private static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");
    private static final PseudoClass FAILING = PseudoClass.getPseudoClass("failing");
    /** Accessible mode: the stylesheet swaps its colour variables under this pseudo-class of the root. */
    public static final PseudoClass HIGH_CONTRAST = PseudoClass.getPseudoClass("high-contrast");

    private final StationViewModel vm;
    private final I18n messages;
    private final TicketsView tickets;
    private final StaffCallView staffCall;
    private final EventHandler<KeyEvent> keyFilter;

    @FXML private StackPane root;
    @FXML private Label stationName;
    @FXML private Label dayState;
    @FXML private Label ticketCount;
    @FXML private Label refundState;
    @FXML private Button openDayButton;
    @FXML private Button pauseDayButton;
    @FXML private Button closeDayButton;
    @FXML private HBox noticeBar;
    @FXML private Label notice;

    private StationView(StationViewModel vm) {
        this.vm = vm;
        this.messages = vm.messages();
        this.tickets = new TicketsView(vm.tickets(), t -> vm.reject().askReason(t.order()),
                t -> vm.urgent().askReason(t.order()));
        this.staffCall = new StaffCallView(vm.alerts());
        this.keyFilter = new BumpBarKeys(vm, () -> root.pseudoClassStateChanged(HIGH_CONTRAST,
                !root.getPseudoClassStates().contains(HIGH_CONTRAST)));
    }

    /** Loads station.fxml and its features' FXML, each bound to its view model; the caller starts the view model. */
    public static StationView load(StationViewModel vm) {
        StationView view = new StationView(vm);
        Map<Class<?>, Object> controllers = Map.of(
                StationView.class, view,
                StaffCallView.class, view.staffCall,
                AlertBarView.class, new AlertBarView(vm.alerts()),
                TicketsView.class, view.tickets,
                DayView.class, new DayView(vm.day(), vm.messages()),
                SoldOutView.class, new SoldOutView(vm.soldOut()),
                RejectView.class, new RejectView(vm.reject(), vm.messages()),
                RecallView.class, new RecallView(vm.recall()),
                AllDayView.class, new AllDayView(vm.allDay(), vm.messages()),
                UrgentView.class, new UrgentView(vm.urgent(), vm.messages(), vm.tickets()::isUrgent));
        FXMLLoader loader = new FXMLLoader(StationView.class.getResource("station.fxml"), vm.messages().bundle());
        // The included features' loaders use this factory too.
        loader.setControllerFactory(type -> {
            Object c = controllers.get(type);
            if (c == null) {
                throw new IllegalStateException("no controller for " + type.getName());
            }
            return c;
        });
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("station.fxml could not be loaded", e);
        }
        return view;
    }

    public Parent root() {
        return root;
    }

    public ListView<com.brewline.barista.station.tickets.TicketViewModel> ticketList() {
        return tickets.ticketList();
    }

    public TicketsView tickets() {
        return tickets;
    }

    @FXML
    private void initialize() {
        stationName.setText(vm.stationName());
        stationName.setVisible(!vm.stationName().isEmpty());
        stationName.setManaged(stationName.isVisible());
        ticketCount.textProperty().bind(Bindings.createStringBinding(
                () -> messages.text("queue.count", vm.tickets().all().size()), vm.tickets().all()));
        refundState.textProperty().bind(Bindings.createStringBinding(() ->
                vm.refundsFailingProperty().get() > 0 ? messages.text("refunds.failing", vm.refundsFailingProperty().get())
                        : vm.refundsPendingProperty().get() > 0 ? messages.text("refunds.pending", vm.refundsPendingProperty().get())
                        : "", vm.refundsPendingProperty(), vm.refundsFailingProperty()));
        refundState.visibleProperty().bind(refundState.textProperty().isNotEmpty());
        refundState.managedProperty().bind(refundState.visibleProperty());
        vm.refundsFailingProperty().addListener((obs, o, n) -> refundState.pseudoClassStateChanged(FAILING, n.intValue() > 0));

        notice.textProperty().bind(vm.banner().textProperty());
        noticeBar.visibleProperty().bind(vm.banner().textProperty().isNotEmpty());
        noticeBar.managedProperty().bind(noticeBar.visibleProperty());

        vm.day().dayProperty().addListener((obs, old, d) -> showDay(d));
        showDay(vm.day().dayProperty().get());

        // On the scene, so the bump bar works whichever node (or none) has the focus.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keyFilter);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keyFilter);
            }
        });
    }

    public void stop() {
        tickets.stop();
        staffCall.stop();
    }

    // ---- the day's buttons ----

    private void showDay(BusinessDay d) {
        BusinessDay.State state = d == null ? BusinessDay.State.CLOSED : d.state();
        dayState.setText(d == null ? messages.text("day.none")
                : messages.text("day.state." + state.name().toLowerCase(), d.date().toString()));
        dayState.pseudoClassStateChanged(PAUSED, state == BusinessDay.State.PAUSED);
        dayState.pseudoClassStateChanged(CLOSED, state == BusinessDay.State.CLOSED);
        openDayButton.setDisable(state == BusinessDay.State.OPEN);
        pauseDayButton.setDisable(state != BusinessDay.State.OPEN);
        closeDayButton.setDisable(state == BusinessDay.State.CLOSED);
    }

    @FXML
    private void onOpenDay() {
        vm.day().openDay();
    }

    @FXML
    private void onPauseDay() {
        vm.day().askPauseDay();
    }

    @FXML
    private void onCloseDay() {
        vm.day().askCloseDay();
    }

    @FXML
    private void onAllDay() {
        vm.allDay().toggle();
    }

    /** What the top bar's office button does (set by whoever assembles the station; nothing by default). */
    private Runnable onOpenOffice = () -> { };

    public void setOnOpenOffice(Runnable action) {
        onOpenOffice = action;
    }

    @FXML
    private void onOffice() {
        onOpenOffice.run();
    }

    @FXML
    private void onSoldOut() {
        vm.soldOut().showingProperty().set(true);
    }

    @FXML
    private void onNoticeClicked() {
        vm.banner().dismiss();
    }
}
