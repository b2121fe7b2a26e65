package com.brewline.barista.station.alerts;

import com.brewline.store.StaffAlert;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.HashMap;
import java.util.Map;

/**
 * Problems for staff under the top bar (issue 14): a slip printer out of paper or unplugged, a kiosk that sees no
 * station; each says what to do, how long ago, and the kiosk's own note, and goes when fixed or acknowledged. When the
 * alerts cannot be read, a row says so first: a call may be missing from this screen.
 */
public final class AlertBarView {
    private final AlertsViewModel vm;
    private final Map<Long, Label> agoLabels = new HashMap<>();

    @FXML private VBox alertBar;

    public AlertBarView(AlertsViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        alertBar.visibleProperty().bind(Bindings.isNotEmpty(vm.problems()).or(vm.readFailedProperty()));
        alertBar.managedProperty().bind(alertBar.visibleProperty());
        vm.problems().addListener((ListChangeListener<StaffAlert>) c -> show());
        vm.readFailedProperty().addListener((obs, was, failed) -> show());
        vm.nowProperty().addListener((obs, o, n) -> vm.problems().forEach(a -> {
            Label ago = agoLabels.get(a.id());
            if (ago != null) {
                ago.setText(vm.agoText(a, n));
            }
        }));
        show();
    }

    private void show() {
        alertBar.getChildren().clear();
        agoLabels.clear();
        if (vm.readFailedProperty().get()) {
            FontIcon icon = new FontIcon(Material2MZ.WARNING);
            icon.getStyleClass().add("alert-icon");
            Label what = new Label(vm.messages().text("alert.unreadable"));
            what.getStyleClass().add("alert-text");
            what.setWrapText(true);
            what.setId("alerts-unreadable");
            HBox.setHgrow(what, Priority.ALWAYS);
            HBox row = new HBox(12, icon, what);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("alert-row");
            alertBar.getChildren().add(row);
        }
        for (StaffAlert a : vm.problems()) {
            FontIcon icon = new FontIcon(AlertsViewModel.PRINTER.equals(a.kind()) ? Material2MZ.PRINT : Material2MZ.WARNING);
            icon.getStyleClass().add("alert-icon");
            Label what = new Label(vm.problemText(a));
            what.getStyleClass().add("alert-text");
            what.setWrapText(true);
            Label ago = new Label(vm.agoText(a, vm.nowProperty().get()));
            ago.getStyleClass().add("alert-ago");
            ago.setMinWidth(Label.USE_PREF_SIZE);
            agoLabels.put(a.id(), ago);
            VBox text = new VBox(2, what);
            if (a.message() != null && !a.message().isBlank() && !AlertsViewModel.STATION_SILENT.equals(a.kind())) {
                Label note = new Label(vm.messages().text("alert.note", a.message()));
                note.getStyleClass().add("alert-note");
                note.setWrapText(true);
                text.getChildren().add(note);
            }
            HBox.setHgrow(text, Priority.ALWAYS);
            Button ack = new Button(vm.messages().text("alert.ack"));
            ack.getStyleClass().add("alert-ack");
            ack.setId("ack-alert-" + a.id());
            ack.setFocusTraversable(false);
            ack.setMinWidth(Label.USE_PREF_SIZE);
            ack.setOnAction(e -> vm.acknowledge(a));
            HBox row = new HBox(12, icon, text, ago, ack);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("alert-row");
            alertBar.getChildren().add(row);
        }
    }
}
