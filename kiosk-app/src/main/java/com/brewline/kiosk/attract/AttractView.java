package com.brewline.kiosk.attract;

import com.brewline.kiosk.common.ViewContext;
import com.brewline.model.BusinessDay;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** "Touch to order" with the store's name, or "closed" when the store takes no orders. */
public final class AttractView {
    private final AttractViewModel vm;
    private final ViewContext ctx;

    @FXML private VBox root;
    @FXML private javafx.scene.Node logo;
    @FXML private Label storeName;
    @FXML private Label welcome;
    @FXML private Button startButton;
    @FXML private VBox closedBox;
    @FXML private Label closedTitle;
    @FXML private Label closedDetail;
    @FXML private Button statusButton;

    public AttractView(AttractViewModel vm, ViewContext ctx) {
        this.vm = vm;
        this.ctx = ctx;
    }

    @FXML
    private void initialize() {
        storeName.setText(vm.storeName(ctx.korean()));
        if (ctx.accessible()) {
            // the picture is decoration; the lower part of the screen is for what can be read and touched
            logo.setVisible(false);
            logo.setManaged(false);
        }
        startButton.visibleProperty().bind(vm.openProperty());
        startButton.managedProperty().bind(vm.openProperty());
        closedBox.visibleProperty().bind(vm.openProperty().not().and(vm.knownProperty()));
        closedBox.managedProperty().bind(closedBox.visibleProperty());
        welcome.visibleProperty().bind(vm.openProperty());
        closedTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> ctx.text(
                vm.dayStateProperty().get() == BusinessDay.State.PAUSED ? "attract.paused" : "attract.closed"),
                vm.dayStateProperty()));
        closedDetail.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> ctx.text(
                vm.dayStateProperty().get() == BusinessDay.State.PAUSED ? "attract.pausedDetail" : "attract.closedDetail"),
                vm.dayStateProperty()));
        vm.refresh();
    }

    @FXML
    private void start() {
        vm.start();
    }

    @FXML
    private void status() {
        vm.showStatus();
    }
}
