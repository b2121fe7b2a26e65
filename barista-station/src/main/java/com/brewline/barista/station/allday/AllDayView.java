package com.brewline.barista.station.allday;

import com.brewline.display.I18n;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.stream.Collectors;

/** The all-day panel beside the tickets: one row per drink to make, most first. */
public final class AllDayView {
    private final AllDayViewModel vm;
    private final I18n messages;

    @FXML private VBox allDayPanel;
    @FXML private VBox allDayRows;
    @FXML private Label allDayEmpty;

    public AllDayView(AllDayViewModel vm, I18n messages) {
        this.vm = vm;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        allDayPanel.visibleProperty().bind(vm.showingProperty());
        allDayPanel.managedProperty().bind(vm.showingProperty());
        vm.rows().addListener((ListChangeListener<AllDayCounts.Row>) c -> show());
        show();
    }

    private void show() {
        allDayEmpty.setVisible(vm.rows().isEmpty());
        allDayEmpty.setManaged(vm.rows().isEmpty());
        allDayRows.getChildren().clear();
        for (AllDayCounts.Row r : vm.rows()) {
            Label count = new Label("×" + r.count());
            count.getStyleClass().add("allday-count");
            count.setMinWidth(Label.USE_PREF_SIZE);
            Label name = new Label((r.temperature().isEmpty() ? "" : r.temperature() + " ") + r.item());
            name.getStyleClass().add("allday-item");
            name.setWrapText(true);
            VBox text = new VBox(2, name);
            if (!r.variants().isEmpty()) {
                Label of = new Label(messages.text("allday.of", r.variants().stream()
                        .map(v -> v.option() + " ×" + v.count()).collect(Collectors.joining(", "))));
                of.getStyleClass().add("allday-variants");
                of.setWrapText(true);
                text.getChildren().add(of);
            }
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(12, text, count);
            row.getStyleClass().add("allday-row");
            allDayRows.getChildren().add(row);
        }
    }

    @FXML
    private void onClose() {
        vm.showingProperty().set(false);
    }
}
