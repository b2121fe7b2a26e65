package com.brewline.kiosk.staff;

import com.brewline.display.I18n;
import com.brewline.kiosk.common.NumberPad;
import com.brewline.kiosk.common.Overlay;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The staff exit's View: the hidden corner and the PIN pad (the PIN shown as dots only). */
public final class StaffExitView implements Overlay {
    private final StaffExitViewModel vm;
    private final I18n i18n;

    @FXML private StackPane staffLayer;
    @FXML private StackPane staffOverlay;
    @FXML private VBox staffDialog;
    @FXML private Label staffTitle;
    @FXML private Label pinDisplay;
    @FXML private Label pinWrong;
    @FXML private StackPane staffPadHost;
    @FXML private Button staffCancel;
    @FXML private Region staffCorner;

    public StaffExitView(StaffExitViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        staffOverlay.visibleProperty().bind(vm.padShownProperty());
        // the demo PIN is said on the pad itself; without any PIN the pad says how to set one
        staffTitle.textProperty().bind(Bindings.createStringBinding(() -> i18n.text("staff.title")
                + (vm.demoPin() ? " · " + i18n.text("staff.demoPin") : ""), i18n.localeProperty()));
        pinDisplay.textProperty().bind(vm.maskedPin());
        pinWrong.textProperty().bind(Bindings.createStringBinding(() -> vm.noPinSet() ? i18n.text("staff.noPin")
                : vm.wrongProperty().get() ? i18n.text("staff.wrong") : "", vm.wrongProperty(), i18n.localeProperty()));
        pinWrong.setWrapText(true);
        staffCancel.textProperty().bind(i18n.binding("common.cancel"));
        Button ok = new Button();
        ok.setId("pin-ok");
        ok.textProperty().bind(i18n.binding("common.ok"));
        ok.getStyleClass().add("primary");
        ok.disableProperty().bind(vm.checkingProperty());
        ok.setOnAction(e -> vm.submit());
        staffPadHost.getChildren().setAll(NumberPad.create(i18n, vm::digit, vm::backspace, ok));
        staffCorner.setOnMouseClicked(e -> vm.cornerTapped());
    }

    @Override
    public Parent root() {
        return staffLayer;
    }

    @Override
    public void lower(boolean lowered) {
        StackPane.setAlignment(staffDialog, lowered ? Pos.BOTTOM_CENTER : Pos.CENTER);
    }

    @FXML
    private void staffCancel() {
        vm.dismiss();
    }
}
