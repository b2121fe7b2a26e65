package com.brewline.barista.station;

import com.brewline.display.I18n;
import com.brewline.model.BusinessDay;
import com.brewline.model.DaySummary;
import com.brewline.model.MenuItem;
import com.brewline.model.Order;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The barista station's view: binds the FXML to {@link StationViewModel}, maps the bump-bar keys,
 * and once a second refreshes the timers of the cells on screen (never the whole queue).
 */
public final class StationView {
    public static final double TICKET_WIDTH = 330;
    private static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");
    private static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");
    private static final PseudoClass FAILING = PseudoClass.getPseudoClass("failing");
    /** Accessible mode: the stylesheet swaps its colour variables under this pseudo-class of the root. */
    public static final PseudoClass HIGH_CONTRAST = PseudoClass.getPseudoClass("high-contrast");

    private final StationViewModel vm;
    private final I18n messages;
    /** The cells the ListView created: a handful, however long the queue. */
    private final Set<TicketCell> cells = Collections.newSetFromMap(new WeakHashMap<>());
    private Timeline ticker;
    private final javafx.event.EventHandler<KeyEvent> keyFilter = this::onKey;

    @FXML private StackPane root;
    @FXML private Label dayState;
    @FXML private Label ticketCount;
    @FXML private Label refundState;
    @FXML private Button openDayButton;
    @FXML private Button pauseDayButton;
    @FXML private Button closeDayButton;
    @FXML private Label notice;
    @FXML private ListView<TicketViewModel> ticketList;
    @FXML private Label emptyQueue;
    @FXML private HBox readyBox;
    @FXML private Button recallButton;
    @FXML private Label legend;
    @FXML private StackPane rejectOverlay;
    @FXML private Label rejectTitle;
    @FXML private VBox rejectReasons;
    @FXML private StackPane soldOutOverlay;
    @FXML private FlowPane soldOutItems;
    @FXML private StackPane closeRefusedOverlay;
    @FXML private Label closeRefusedText;
    @FXML private FlowPane closeRefusedList;
    @FXML private StackPane summaryOverlay;
    @FXML private HBox noticeBar;
    @FXML private StackPane dayConfirmOverlay;
    @FXML private VBox dayConfirmPanel;
    @FXML private Label dayConfirmTitle;
    @FXML private Label dayConfirmText;
    @FXML private Button dayConfirmButton;
    @FXML private Label summaryTitle;
    @FXML private VBox summaryRows;

    private StationView(StationViewModel vm) {
        this.vm = vm;
        this.messages = vm.messages();
    }

    /** Loads station.fxml with a view bound to {@code vm}; the caller starts the view model. */
    public static StationView load(StationViewModel vm) {
        StationView view = new StationView(vm);
        FXMLLoader loader = new FXMLLoader(StationView.class.getResource("station.fxml"), vm.messages().bundle());
        loader.setControllerFactory(type -> view);
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

    public ListView<TicketViewModel> ticketList() {
        return ticketList;
    }

    /** The ticket cells that exist right now (for the 500-ticket check: only about a screenful). */
    public int liveCellCount() {
        return (int) cells.stream().filter(c -> c.getItem() != null).count();
    }

    @FXML
    private void initialize() {
        ticketList.setFixedCellSize(TICKET_WIDTH);
        ticketList.setItems(vm.tickets());
        ticketList.setCellFactory(list -> {
            TicketCell cell = new TicketCell(vm);
            cells.add(cell);
            return cell;
        });
        ticketList.setPlaceholder(new Label());
        emptyQueue.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.tickets()));
        ticketCount.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.text("queue.count", vm.tickets().size()), vm.tickets()));

        vm.selectedProperty().addListener((obs, old, t) -> {
            if (t == null) {
                ticketList.getSelectionModel().clearSelection();
            } else {
                int i = vm.tickets().indexOf(t);
                ticketList.getSelectionModel().select(i);
                ticketList.scrollTo(Math.max(0, i - 1));
            }
        });
        ticketList.getSelectionModel().selectedItemProperty().addListener((obs, old, t) -> {
            if (t != null) {
                vm.selectedProperty().set(t);
            }
        });

        refundState.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                vm.refundsFailingProperty().get() > 0 ? messages.text("refunds.failing", vm.refundsFailingProperty().get())
                        : vm.refundsPendingProperty().get() > 0 ? messages.text("refunds.pending", vm.refundsPendingProperty().get())
                        : "", vm.refundsPendingProperty(), vm.refundsFailingProperty()));
        refundState.visibleProperty().bind(refundState.textProperty().isNotEmpty());
        vm.refundsFailingProperty().addListener((obs, o, n) -> refundState.pseudoClassStateChanged(FAILING, n.intValue() > 0));

        notice.textProperty().bind(vm.noticeProperty());
        noticeBar.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        noticeBar.managedProperty().bind(noticeBar.visibleProperty());
        vm.confirmingProperty().addListener((obs, o, c) -> showDayConfirmation(c));

        vm.dayProperty().addListener((obs, old, d) -> showDay(d));
        showDay(vm.dayProperty().get());

        vm.ready().addListener((ListChangeListener<Order>) c -> showReady());
        recallButton.disableProperty().bind(vm.lastBumpedProperty().isNull());
        legend.setText(messages.text("legend"));

        rejectOverlay.visibleProperty().bind(vm.choosingRejectReasonProperty());
        vm.choosingRejectReasonProperty().addListener((obs, o, on) -> {
            if (on) {
                showRejectReasons();
            }
        });
        vm.closeRefusedProperty().addListener((obs, o, list) -> showCloseRefused(list));
        vm.summaryProperty().addListener((obs, o, s) -> showSummary(s));
        vm.soldOut().addListener((SetChangeListener<String>) c -> refreshSoldOutToggles());
        buildSoldOutToggles();

        // On the scene, so the bump bar works whichever node (or none) has the focus.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keyFilter);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keyFilter);
            }
        });
        vm.nowProperty().addListener((obs, o, now) -> refreshVisibleTimers(now));
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    /** Per tick: only the cells that exist (about a screenful), never every ticket or any history. */
    private void refreshVisibleTimers(Instant now) {
        for (TicketCell cell : cells) {
            cell.refreshTime(now);
        }
    }

    public void stop() {
        if (ticker != null) {
            ticker.stop();
        }
    }

    // ---- keys: the bump bar ----

    private void onKey(KeyEvent e) {
        KeyCode k = e.getCode();
        if (vm.choosingRejectReasonProperty().get()) {
            if (k.isDigitKey() && digit(k) >= 1) {
                vm.rejectTarget(digit(k) - 1);
            } else if (k == KeyCode.ESCAPE) {
                vm.dismissDialogs();
            }
            e.consume();
            return;
        }
        switch (k) {
            case DIGIT1, DIGIT2, DIGIT3, DIGIT4, DIGIT5, DIGIT6, DIGIT7, DIGIT8, DIGIT9,
                 NUMPAD1, NUMPAD2, NUMPAD3, NUMPAD4, NUMPAD5, NUMPAD6, NUMPAD7, NUMPAD8, NUMPAD9 -> vm.selectPosition(digit(k));
            case LEFT -> vm.selectNext(-1);
            case RIGHT -> vm.selectNext(1);
            case S -> vm.startTarget();
            case ENTER, B -> vm.bumpTarget();
            case R -> vm.recall();
            case P -> vm.handOverOldestReady();
            case X -> vm.askRejectReason();
            case H -> root.pseudoClassStateChanged(HIGH_CONTRAST, !root.getPseudoClassStates().contains(HIGH_CONTRAST));
            case ESCAPE -> {
                vm.dismissDialogs();
                soldOutOverlay.setVisible(false);
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private static int digit(KeyCode k) {
        String name = k.getName();
        return Character.getNumericValue(name.charAt(name.length() - 1));
    }

    // ---- day ----

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
        vm.openDay();
    }

    @FXML
    private void onPauseDay() {
        vm.askPauseDay();
    }

    @FXML
    private void onCloseDay() {
        vm.askCloseDay();
    }

    @FXML
    private void onConfirmDay() {
        vm.confirmDayAction();
    }

    private void showDayConfirmation(StationViewModel.DayConfirmation c) {
        dayConfirmOverlay.setVisible(c != null);
        if (c == null) {
            return;
        }
        String action = c.action() == StationViewModel.DayAction.PAUSE ? "pause" : "close";
        int open = c.ordersWaiting() + c.ordersReady();
        dayConfirmTitle.setText(messages.text("confirm." + action + ".title"));
        dayConfirmText.setText(open == 0 ? messages.text("confirm." + action + ".none")
                : messages.text("confirm." + action + ".open", c.ordersWaiting(), c.ordersReady()));
        dayConfirmButton.setText(messages.text("confirm." + action + ".yes"));
    }

    @FXML
    private void onNoticeClicked() {
        vm.dismissNotice();
    }

    // ---- ready strip ----

    private void showReady() {
        readyBox.getChildren().clear();
        for (Order o : vm.ready()) {
            Button b = new Button(String.valueOf(o.pickupNumber()));
            b.getStyleClass().add("ready-number");
            b.setId("handover-" + o.pickupNumber());
            b.setFocusTraversable(false);
            b.setOnAction(e -> vm.handOver(o));
            readyBox.getChildren().add(b);
        }
    }

    @FXML
    private void onRecall() {
        vm.recall();
    }

    // ---- reject ----

    private void showRejectReasons() {
        TicketViewModel t = vm.target().orElse(null);
        rejectTitle.setText(t == null ? "" : messages.text("reject.title", t.order().pickupNumber()));
        rejectReasons.getChildren().clear();
        List<String> keys = StationViewModel.REJECT_REASON_KEYS;
        for (int i = 0; i < keys.size(); i++) {
            int index = i;
            Button b = new Button((i + 1) + "   " + messages.text(keys.get(i)));
            b.getStyleClass().add("reason-button");
            b.setId("reason-" + (i + 1));
            b.setMaxWidth(Double.MAX_VALUE);
            b.setFocusTraversable(false);
            b.setOnAction(e -> vm.rejectTarget(index));
            rejectReasons.getChildren().add(b);
        }
    }

    @FXML
    private void onDismiss() {
        vm.dismissDialogs();
    }

    // ---- sold out ----

    @FXML
    private void onSoldOut() {
        refreshSoldOutToggles();
        soldOutOverlay.setVisible(true);
    }

    @FXML
    private void onCloseSoldOut() {
        soldOutOverlay.setVisible(false);
    }

    private void buildSoldOutToggles() {
        for (MenuItem item : vm.menuItems()) {
            ToggleButton b = new ToggleButton(item.name(messages.korean()));
            b.getStyleClass().add("sold-out-toggle");
            b.setId("soldout-" + item.id());
            b.setUserData(item.id());
            b.setFocusTraversable(false);
            b.setOnAction(e -> vm.setSoldOut(item.id(), b.isSelected()));
            soldOutItems.getChildren().add(b);
        }
    }

    private void refreshSoldOutToggles() {
        soldOutItems.getChildren().forEach(n -> ((ToggleButton) n).setSelected(vm.soldOut().contains((String) n.getUserData())));
    }

    // ---- close refused / summary ----

    private void showCloseRefused(List<Order> open) {
        closeRefusedOverlay.setVisible(open != null);
        if (open == null) {
            return;
        }
        closeRefusedText.setText(messages.text("close.refused.text", open.size()));
        closeRefusedList.getChildren().clear();
        for (Order o : open) {
            Label l = new Label(messages.text("close.refused.row", o.pickupNumber(),
                    messages.text("status." + o.status().name()), o.itemCount()));
            l.getStyleClass().add("open-order-row");
            l.setMinWidth(270);
            closeRefusedList.getChildren().add(l);
        }
    }

    private void showSummary(DaySummary s) {
        summaryOverlay.setVisible(s != null);
        if (s == null) {
            return;
        }
        summaryTitle.setText(messages.text("summary.title", s.date().toString()));
        summaryRows.getChildren().clear();
        row("summary.ordersPaid", String.valueOf(s.ordersPaid()));
        row("summary.ordersPickedUp", String.valueOf(s.ordersPickedUp()));
        row("summary.grossSales", won(s.grossSales()));
        row("summary.cancelled", String.valueOf(s.cancelled()));
        row("summary.rejected", String.valueOf(s.rejected()));
        row("summary.refunded", won(s.refunded()) + (s.refundsPending() > 0
                ? "  " + messages.text("summary.refundsPending", s.refundsPending()) : ""));
        row("summary.netSales", won(s.netSales()));
        row("summary.averageWait", duration(s.averageWait()));
        row("summary.slowestWait", duration(s.slowestWait()));
        row("summary.averagePrep", duration(s.averagePrep()));
        row("summary.slowestPrep", duration(s.slowestPrep()));
    }

    private void row(String key, String value) {
        Label name = new Label(messages.text(key));
        name.getStyleClass().add("summary-name");
        name.setMinWidth(420);
        Label v = new Label(value);
        v.getStyleClass().add("summary-value");
        v.setId(key.replace('.', '-'));
        HBox row = new HBox(16, name, v);
        row.getStyleClass().add("summary-row");
        summaryRows.getChildren().add(row);
    }

    private String won(long amount) {
        return messages.price(amount);
    }

    private String duration(java.time.Duration d) {
        return d == null ? "–" : I18n.minutesSeconds(d.getSeconds());
    }
}
