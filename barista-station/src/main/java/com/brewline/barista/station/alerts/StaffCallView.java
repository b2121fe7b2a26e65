package com.brewline.barista.station.alerts;

import com.brewline.store.StaffAlert;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.HashMap;
import java.util.Map;

/**
 * A customer's call for staff (issue 11): a large red panel over the station, flashing, with the kiosk's name and how
 * long ago, until someone taps its button (or presses Enter); the chime repeats meanwhile ({@link AlertsViewModel}).
 * Also drives the alerts' once-a-second timer.
 */
public final class StaffCallView {
    private static final PseudoClass FLASH = PseudoClass.getPseudoClass("flash");

    private final AlertsViewModel vm;
    private final Map<Long, Label> agoLabels = new HashMap<>();
    private Timeline ticker;
    private boolean flash;

    @FXML private StackPane staffCallOverlay;
    @FXML private VBox staffCallPanel;
    @FXML private VBox callRows;

    public StaffCallView(AlertsViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        staffCallOverlay.visibleProperty().bind(Bindings.isNotEmpty(vm.calls()));
        vm.calls().addListener((ListChangeListener<StaffAlert>) c -> showCalls());
        vm.nowProperty().addListener((obs, o, n) -> refreshAgo());
        showCalls();
        ticker = new Timeline(new KeyFrame(Duration.seconds(0.5), e -> {
            flash = !flash && vm.callShowing();
            staffCallPanel.pseudoClassStateChanged(FLASH, flash);
            vm.tick();
        }));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    private void showCalls() {
        callRows.getChildren().clear();
        agoLabels.clear();
        for (StaffAlert call : vm.calls()) {
            FontIcon bell = new FontIcon(Material2MZ.NOTIFICATIONS_ACTIVE);
            bell.getStyleClass().add("staff-call-icon");
            Label who = new Label(vm.callText(call));
            who.getStyleClass().add("staff-call-who");
            who.setWrapText(true);
            Label ago = new Label(vm.agoText(call, vm.nowProperty().get()));
            ago.getStyleClass().add("staff-call-ago");
            agoLabels.put(call.id(), ago);
            VBox text = new VBox(4, who, ago);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button ack = new Button(vm.messages().text(call == vm.calls().get(0) ? "alert.ack.enter" : "alert.ack"));
            ack.getStyleClass().add("staff-call-ack");
            ack.setId("ack-call-" + call.id());
            ack.setFocusTraversable(false);
            ack.setMinWidth(Label.USE_PREF_SIZE);
            ack.setOnAction(e -> vm.acknowledge(call));
            HBox row = new HBox(18, bell, text, ack);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("staff-call-row");
            callRows.getChildren().add(row);
        }
    }

    private void refreshAgo() {
        for (StaffAlert call : vm.calls()) {
            Label ago = agoLabels.get(call.id());
            if (ago != null) {
                ago.setText(vm.agoText(call, vm.nowProperty().get()));
            }
        }
    }

    public void stop() {
        if (ticker != null) {
            ticker.stop();
        }
    }
}
