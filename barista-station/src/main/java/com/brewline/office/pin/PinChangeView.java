package com.brewline.office.pin;

import com.brewline.display.I18n;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.VBox;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Old PIN, new PIN twice; the fields take digits only, up to the rule's 12. */
public final class PinChangeView {
    @FXML private VBox root;
    @FXML private PasswordField oldPin;
    @FXML private PasswordField newPin;
    @FXML private PasswordField repeat;
    @FXML private Label message;
    @FXML private Label where;
    private PinChangeViewModel vm;

    public static PinChangeView load(PinChangeViewModel vm, I18n messages) {
        FXMLLoader loader = new FXMLLoader(PinChangeView.class.getResource("/com/brewline/office/pin/pin.fxml"),
                messages.bundle());
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PinChangeView view = loader.getController();
        view.vm = vm;
        for (PasswordField f : new PasswordField[]{view.oldPin, view.newPin, view.repeat}) {
            f.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().matches("\\d{0,"
                    + com.brewline.config.StaffPin.MAX_DIGITS + "}") ? c : null));
        }
        view.oldPin.textProperty().bindBidirectional(vm.oldPinProperty());
        view.newPin.textProperty().bindBidirectional(vm.newPinProperty());
        view.repeat.textProperty().bindBidirectional(vm.repeatProperty());
        view.message.textProperty().bind(vm.messageProperty());
        view.where.setText(messages.text("pin.where", vm.configFile()));
        return view;
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void onSubmit() {
        vm.submit();
    }
}
