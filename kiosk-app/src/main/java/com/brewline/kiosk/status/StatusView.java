package com.brewline.kiosk.status;

import com.brewline.display.KoreanParticles;
import com.brewline.kiosk.common.NumberPad;
import com.brewline.kiosk.common.ViewContext;
import com.brewline.kiosk.status.StatusViewModel.Outcome;
import com.brewline.kiosk.status.StatusViewModel.Step;
import com.brewline.model.OrderStatusView;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A pickup number typed on the pad and the order's status; to cancel, the cancel code on the same
 * pad, then a confirmation naming the order and the refund.
 */
public final class StatusView {
    private final StatusViewModel vm;
    private final ViewContext ctx;

    @FXML private VBox root;
    @FXML private HBox body;
    @FXML private VBox entry;
    @FXML private VBox result;
    @FXML private Label entryPrompt;
    @FXML private Label numberDisplay;
    @FXML private StackPane padHost;
    @FXML private ProgressIndicator progress;
    @FXML private Label resultTitle;
    @FXML private Label statusText;
    @FXML private Label statusDetail;
    @FXML private Button cancelOrderButton;
    @FXML private Button confirmCancelButton;
    @FXML private Button keepOrderButton;

    public StatusView(StatusViewModel vm, ViewContext ctx) {
        this.vm = vm;
        this.ctx = ctx;
    }

    @FXML
    private void initialize() {
        Button padAction = new Button();
        padAction.setId("status-lookup");
        padAction.getStyleClass().add("primary");
        padAction.textProperty().bind(Bindings.createStringBinding(() -> ctx.text(
                vm.stepProperty().get() == Step.CODE ? "status.checkCode" : "status.lookUp"), vm.stepProperty()));
        padAction.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.workingProperty().get()
                        || vm.stepProperty().get() == Step.CONFIRM
                        || (vm.stepProperty().get() == Step.CODE ? vm.codeProperty().get().length() < 4
                        || vm.waitSecondsProperty().get() > 0 : vm.digitsProperty().get().isEmpty()),
                vm.workingProperty(), vm.stepProperty(), vm.codeProperty(), vm.digitsProperty(), vm.waitSecondsProperty()));
        padAction.setOnAction(e -> {
            if (vm.stepProperty().get() == Step.CODE) {
                vm.checkCode();
            } else {
                vm.lookUp();
            }
        });
        padHost.getChildren().setAll(NumberPad.create(ctx.i18n(), vm::digit, vm::backspace, padAction));
        entryPrompt.textProperty().bind(Bindings.createStringBinding(() -> ctx.text(
                vm.stepProperty().get() == Step.NUMBER ? "status.enterNumber" : "status.enterCode"), vm.stepProperty()));
        numberDisplay.textProperty().bind(Bindings.createStringBinding(() -> vm.stepProperty().get() == Step.NUMBER
                ? vm.digitsProperty().get() : codeShown(vm.codeProperty().get()), vm.stepProperty(),
                vm.digitsProperty(), vm.codeProperty()));
        if (!ctx.landscape() && !ctx.accessible()) {
            // portrait: the result above the pad, both full width
            VBox stacked = new VBox(20, result, entry);
            stacked.setFillWidth(true);
            body.getChildren().setAll(stacked);
            HBox.setHgrow(stacked, Priority.ALWAYS);
        }
        for (Button b : new Button[]{cancelOrderButton, confirmCancelButton, keepOrderButton}) {
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
            b.disableProperty().bind(vm.workingProperty());
        }
        progress.visibleProperty().bind(vm.workingProperty());
        progress.managedProperty().bind(vm.workingProperty());
        vm.foundProperty().addListener((o, a, b) -> showResult());
        vm.outcomeProperty().addListener((o, a, b) -> showResult());
        vm.stepProperty().addListener((o, a, b) -> showResult());
        vm.waitSecondsProperty().addListener((o, a, b) -> showResult());
        showResult();
        if (ctx.lowered()) { // easy portrait: what is asked and what was typed, large, up in the header
            entry.getChildren().removeAll(entryPrompt, numberDisplay);
            VBox top = new VBox(16, entryPrompt, numberDisplay);
            top.setAlignment(javafx.geometry.Pos.CENTER);
            ctx.header().set(top);
        }
    }

    /** The code typed so far, with a place for each digit still to come. */
    private static String codeShown(String typed) {
        return typed + "○".repeat(Math.max(0, com.brewline.model.CancelCode.LENGTH - typed.length()));
    }

    private void showResult() {
        OrderStatusView view = vm.foundProperty().get();
        Outcome outcome = vm.outcomeProperty().get();
        Step step = vm.stepProperty().get();
        boolean hasView = view != null;
        resultTitle.setText(hasView ? ctx.text("status.orderNumber", view.pickupNumber())
                : ctx.text("status.outcome." + outcome.name()));
        statusText.setText(hasView ? ctx.text("orderStatus." + view.status().name()) : "");
        statusText.setManaged(hasView);
        String detail;
        if (step == Step.CONFIRM && hasView) {
            detail = ctx.text("status.confirmDetail", view.pickupNumber(), KoreanParticles.object(ctx.i18n(), ctx.price(view.total())));
        } else if (outcome == Outcome.WAIT) {
            detail = ctx.text("status.codeWait", vm.waitSecondsProperty().get());
        } else if (outcome == Outcome.WRONG_CODE) {
            detail = ctx.text("status.codeWrong");
        } else if (step == Step.CODE) {
            detail = ctx.text("status.codeWhere");
        } else if (outcome == Outcome.CANCELLED) {
            detail = ctx.text("status.cancelledDetail");
        } else if (outcome == Outcome.CANCEL_REFUSED) {
            detail = ctx.text("status.cancelRefused");
        } else if (hasView && view.status().isOnBaristaQueue()) {
            detail = ctx.text("status.ahead", view.ordersAhead());
        } else {
            detail = "";
        }
        statusDetail.setText(detail);
        statusDetail.setManaged(!detail.isEmpty());
        boolean cancellable = hasView && view.cancellableByCustomer();
        show(cancelOrderButton, cancellable && step == Step.NUMBER);
        show(confirmCancelButton, cancellable && step == Step.CONFIRM);
        show(keepOrderButton, step != Step.NUMBER);
        // confirming needs no pad: only "yes, cancel" and "no" are left to touch
        entry.setVisible(step != Step.CONFIRM);
        entry.setManaged(step != Step.CONFIRM);
    }

    private static void show(Button button, boolean shown) {
        button.setVisible(shown);
        button.setManaged(shown);
    }

    @FXML
    private void startCancel() {
        vm.startCancel();
    }

    @FXML
    private void confirmCancel() {
        vm.cancelOrder();
    }

    @FXML
    private void backToNumber() {
        vm.backToNumber();
    }
}
