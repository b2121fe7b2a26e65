package com.brewline.barista.station.day;

import com.brewline.display.I18n;
import com.brewline.model.DaySummary;
import com.brewline.model.Order;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;

/** The day's dialogs: "pause/close? N orders open", the close refused with the open orders, the day's summary. */
public final class DayView {
    private final DayViewModel vm;
    private final I18n messages;

    @FXML private StackPane dayConfirmOverlay;
    @FXML private Label dayConfirmTitle;
    @FXML private Label dayConfirmText;
    @FXML private Button dayConfirmButton;
    @FXML private StackPane closeRefusedOverlay;
    @FXML private Label closeRefusedText;
    @FXML private FlowPane closeRefusedList;
    @FXML private StackPane summaryOverlay;
    @FXML private Label summaryTitle;
    @FXML private VBox summaryRows;

    public DayView(DayViewModel vm, I18n messages) {
        this.vm = vm;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        vm.confirmingProperty().addListener((obs, o, c) -> showConfirmation(c));
        vm.closeRefusedProperty().addListener((obs, o, list) -> showCloseRefused(list));
        vm.summaryProperty().addListener((obs, o, s) -> showSummary(s));
    }

    @FXML
    private void onConfirm() {
        vm.confirm();
    }

    @FXML
    private void onDismiss() {
        vm.dismiss();
    }

    private void showConfirmation(DayViewModel.DayConfirmation c) {
        dayConfirmOverlay.setVisible(c != null);
        if (c == null) {
            return;
        }
        String action = c.action() == DayViewModel.DayAction.PAUSE ? "pause" : "close";
        int open = c.ordersWaiting() + c.ordersReady();
        dayConfirmTitle.setText(messages.text("confirm." + action + ".title"));
        dayConfirmText.setText(open == 0 ? messages.text("confirm." + action + ".none")
                : messages.text("confirm." + action + ".open", c.ordersWaiting(), c.ordersReady()));
        dayConfirmButton.setText(messages.text("confirm." + action + ".yes"));
    }

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
        row("summary.grossSales", messages.price(s.grossSales()));
        row("summary.cancelled", String.valueOf(s.cancelled()));
        row("summary.rejected", String.valueOf(s.rejected()));
        row("summary.refunded", messages.price(s.refunded()) + (s.refundsPending() > 0
                ? "  " + messages.text("summary.refundsPending", s.refundsPending()) : ""));
        row("summary.netSales", messages.price(s.netSales()));
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

    private static String duration(java.time.Duration d) {
        return d == null ? "–" : I18n.minutesSeconds(d.getSeconds());
    }
}
