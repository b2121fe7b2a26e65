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
    @FXML private org.kordamp.ikonli.javafx.FontIcon closedIcon;
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
        if (ctx.lowered()) {
            // easy portrait: the logo, the store and the welcome up in the header; the lower part is for touching
            javafx.scene.layout.VBox top = new javafx.scene.layout.VBox(16);
            top.setAlignment(javafx.geometry.Pos.CENTER);
            root.getChildren().removeAll(logo, storeName, welcome);
            top.getChildren().addAll(logo, storeName, welcome);
            ctx.header().set(top);
        } else if (ctx.accessible()) {
            // the picture is decoration; the lower part of the screen is for what can be read and touched
            logo.setVisible(false);
            logo.setManaged(false);
        }
        startButton.visibleProperty().bind(vm.orderingProperty());
        startButton.managedProperty().bind(vm.orderingProperty());
        closedBox.visibleProperty().bind(vm.orderingProperty().not().and(vm.knownProperty()));
        closedBox.managedProperty().bind(closedBox.visibleProperty());
        welcome.visibleProperty().bind(vm.orderingProperty());
        closedTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> ctx.text(closedKey("")),
                vm.dayStateProperty(), vm.openProperty(), vm.gateReasonProperty()));
        closedDetail.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> ctx.text(closedKey("Detail"), vm.waitMinutesProperty().get()),
                vm.dayStateProperty(), vm.openProperty(), vm.gateReasonProperty(), vm.waitMinutesProperty()));
        javafx.beans.value.ChangeListener<Object> icon = (o, was, now) -> closedIcon.setIconLiteral(closedIconLiteral());
        vm.openProperty().addListener(icon);
        vm.gateReasonProperty().addListener(icon);
        closedIcon.setIconLiteral(closedIconLiteral());
        vm.refresh();
    }

    /** The shop closed: a shop front; too busy: an hourglass; no station: a bell to call staff. */
    private String closedIconLiteral() {
        if (!vm.openProperty().get()) {
            return "mdmz-store";
        }
        return switch (vm.gateReasonProperty().get()) {
            case PACING_PAUSED -> "mdal-hourglass_top";
            case NO_STATION -> "mdmz-notifications_active";
            case OPEN -> "mdmz-store";
        };
    }

    /**
     * Why no order can start: the day first (closed, paused by staff), then the gate (no live station, the queue
     * past the owner's pause limit: it comes back by itself when the wait falls).
     */
    private String closedKey(String suffix) {
        if (!vm.openProperty().get()) {
            return (vm.dayStateProperty().get() == BusinessDay.State.PAUSED ? "attract.paused" : "attract.closed") + suffix;
        }
        return switch (vm.gateReasonProperty().get()) {
            case NO_STATION -> "attract.noStation" + suffix;
            case PACING_PAUSED -> "attract.busy" + suffix;
            case OPEN -> "attract.closed" + suffix;
        };
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
