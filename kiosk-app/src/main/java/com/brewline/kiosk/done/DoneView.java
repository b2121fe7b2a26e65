package com.brewline.kiosk.done;

import com.brewline.kiosk.common.ViewContext;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;

/** The pickup number, large, with the estimated wait; a touch anywhere finishes. */
public final class DoneView {
    private final DoneViewModel vm;
    private final ViewContext ctx;

    @FXML private VBox root;
    @FXML private javafx.scene.Node icon;
    @FXML private Label number;
    @FXML private Label thanks;
    @FXML private Label wait;
    @FXML private Label cancelCode;
    @FXML private javafx.scene.layout.HBox numberRow;
    @FXML private Button finishButton;

    public DoneView(DoneViewModel vm, ViewContext ctx) {
        this.vm = vm;
        this.ctx = ctx;
    }

    @FXML
    private void initialize() {
        if (ctx.accessible()) {
            // the frame's header already says "order placed": the lower part keeps room for the number and code
            icon.setVisible(false);
            icon.setManaged(false);
            thanks.setVisible(false);
            thanks.setManaged(false);
        }
        if (ctx.lowered()) {
            // easy portrait: the number, large, in the header where the eye goes first; the code stays below
            javafx.scene.Node numberBox = numberRow.getChildren().get(0);
            numberRow.getChildren().remove(numberBox);
            ctx.header().set(numberBox);
        } else if (!ctx.landscape()) {
            // portrait is narrow: the cancel code goes under the number
            VBox stacked = new VBox(12);
            stacked.setAlignment(javafx.geometry.Pos.CENTER);
            stacked.getChildren().setAll(numberRow.getChildren());
            root.getChildren().set(root.getChildren().indexOf(numberRow), stacked);
        }
        number.textProperty().bind(vm.pickupNumberProperty().asString());
        wait.textProperty().bind(Bindings.createStringBinding(() -> vm.waitMinutesProperty().get() < 0
                        ? ctx.text("done.estimating") : ctx.text("done.wait", vm.waitMinutesProperty().get()),
                vm.waitMinutesProperty()));
        cancelCode.textProperty().bind(Bindings.createStringBinding(
                () -> ctx.text("done.cancelCode", vm.cancelCodeProperty().get()), vm.cancelCodeProperty()));
        finishButton.textProperty().bind(Bindings.createStringBinding(
                () -> ctx.text("done.finish", vm.secondsLeftProperty().get()), vm.secondsLeftProperty()));
        root.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> vm.finish());
    }

    @FXML
    private void finish() {
        vm.finish();
    }
}
