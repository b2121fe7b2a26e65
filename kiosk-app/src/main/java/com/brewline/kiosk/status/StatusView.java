package com.brewline.kiosk.status;

import com.brewline.kiosk.shell.NumberPad;
import com.brewline.kiosk.shell.ViewContext;
import com.brewline.model.OrderStatusView;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Number pad entry of a pickup number, its status, and cancel with refund while not started. */
public final class StatusView {
    private final StatusViewModel vm;
    private final ViewContext ctx;

    @FXML private VBox root;
    @FXML private HBox body;
    @FXML private VBox entry;
    @FXML private VBox result;
    @FXML private Label numberDisplay;
    @FXML private StackPane padHost;
    @FXML private ProgressIndicator progress;
    @FXML private Label resultTitle;
    @FXML private Label statusText;
    @FXML private Label statusDetail;
    @FXML private Button cancelOrderButton;

    public StatusView(StatusViewModel vm, ViewContext ctx) {
        this.vm = vm;
        this.ctx = ctx;
    }

    @FXML
    private void initialize() {
        Button lookUp = new Button(ctx.text("status.lookUp"));
        lookUp.setId("status-lookup");
        lookUp.getStyleClass().add("primary");
        lookUp.disableProperty().bind(vm.digitsProperty().isEmpty().or(vm.workingProperty()));
        lookUp.setOnAction(e -> vm.lookUp());
        padHost.getChildren().setAll(NumberPad.create(ctx.i18n(), vm::digit, vm::backspace, lookUp));
        numberDisplay.textProperty().bind(vm.digitsProperty());
        if (!ctx.landscape() && !ctx.accessible()) {
            // portrait: the result above the pad, both full width
            VBox stacked = new VBox(20, result, entry);
            stacked.setFillWidth(true);
            body.getChildren().setAll(stacked);
            javafx.scene.layout.HBox.setHgrow(stacked, javafx.scene.layout.Priority.ALWAYS);
        }
        cancelOrderButton.setWrapText(true);
        cancelOrderButton.setMaxWidth(Double.MAX_VALUE);
        progress.visibleProperty().bind(vm.workingProperty());
        progress.managedProperty().bind(vm.workingProperty());
        vm.foundProperty().addListener((o, a, b) -> showResult());
        vm.outcomeProperty().addListener((o, a, b) -> showResult());
        showResult();
    }

    private void showResult() {
        OrderStatusView view = vm.foundProperty().get();
        StatusViewModel.Outcome outcome = vm.outcomeProperty().get();
        boolean hasView = view != null;
        resultTitle.setText(hasView ? ctx.text("status.orderNumber", view.pickupNumber())
                : ctx.text("status.outcome." + outcome.name()));
        statusText.setText(hasView ? ctx.text("orderStatus." + view.status().name()) : "");
        statusText.setManaged(hasView);
        String detail;
        if (outcome == StatusViewModel.Outcome.CANCELLED) {
            detail = ctx.text("status.cancelledDetail");
        } else if (outcome == StatusViewModel.Outcome.CANCEL_REFUSED) {
            detail = ctx.text("status.cancelRefused");
        } else if (hasView && view.status().isOnBaristaQueue()) {
            detail = ctx.text("status.ahead", view.ordersAhead());
        } else {
            detail = "";
        }
        statusDetail.setText(detail);
        statusDetail.setManaged(!detail.isEmpty());
        boolean cancellable = hasView && view.cancellableByCustomer();
        cancelOrderButton.setVisible(cancellable);
        cancelOrderButton.setManaged(cancellable);
        cancelOrderButton.disableProperty().bind(vm.workingProperty());
    }

    @FXML
    private void cancelOrder() {
        vm.cancelOrder();
    }
}
