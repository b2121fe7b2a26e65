package com.brewline.kiosk.inactivity;

import com.brewline.display.I18n;
import com.brewline.kiosk.common.Overlay;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The inactivity warning's View: the countdown and "keep ordering". */
public final class InactivityView implements Overlay {
    private final InactivityViewModel vm;
    private final I18n i18n;

    @FXML private StackPane inactivityOverlay;
    @FXML private VBox inactivityDialog;
    @FXML private Label inactivityTitle;
    @FXML private Label inactivityCount;
    @FXML private Label inactivityText;
    @FXML private Button stayButton;

    public InactivityView(InactivityViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        inactivityOverlay.visibleProperty().bind(vm.warningProperty());
        inactivityTitle.textProperty().bind(i18n.binding("inactivity.title"));
        inactivityCount.textProperty().bind(vm.secondsLeftProperty().asString());
        inactivityText.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.text("inactivity.text", vm.secondsLeftProperty().get()),
                i18n.localeProperty(), vm.secondsLeftProperty()));
        stayButton.textProperty().bind(i18n.binding("inactivity.stay"));
    }

    @Override
    public Parent root() {
        return inactivityOverlay;
    }

    @Override
    public void lower(boolean lowered) {
        StackPane.setAlignment(inactivityDialog, lowered ? Pos.BOTTOM_CENTER : Pos.CENTER);
    }

    @FXML
    private void stay() {
        vm.touch();
    }
}
