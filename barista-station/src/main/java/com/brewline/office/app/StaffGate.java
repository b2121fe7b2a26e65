package com.brewline.office.app;

import com.brewline.display.I18n;
import com.brewline.config.PinHash;
import com.brewline.config.StaffPin;
import com.brewline.model.AttemptThrottle;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** The staff PIN asked before the office opens; wrong PINs slow down and are logged. */
public final class StaffGate {
    private static final AttemptThrottle THROTTLE = AttemptThrottle.standard();

    private StaffGate() {
    }

    /** The buttons in the screen's language: JavaFX's own OK and Cancel follow the machine's, not the shop's setting. */
    private static ButtonType ok(I18n messages) {
        return new ButtonType(messages.text("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    /**
     * @param currentHash read when asked, so a PIN changed a moment ago counts; null: no PIN is set, and the office
     *                    is refused with how to set one (there is no default PIN)
     */
    public static boolean ask(Window owner, I18n messages, Supplier<String> currentHash, Clock clock) {
        String atStart = currentHash.get();
        if (atStart == null) {
            LoggerFactory.getLogger(StaffGate.class).warn("office refused: no staff PIN is set (set one with '{}')",
                    StaffPin.HOW_TO_SET);
            javafx.scene.control.Alert refused = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.WARNING, messages.text("gate.noPin"), ok(messages));
            refused.initOwner(owner);
            refused.setTitle(messages.text("gate.title"));
            refused.setHeaderText(null);
            refused.getDialogPane().setId("staff-no-pin");
            refused.showAndWait();
            return false;
        }
        boolean demo = StaffPin.isDemo(atStart);
        while (true) {
            Duration wait;
            synchronized (THROTTLE) {
                wait = THROTTLE.waitLeft(clock.instant());
            }
            Dialog<String> dialog = new Dialog<>();
            dialog.initOwner(owner);
            dialog.setTitle(messages.text("gate.title"));
            dialog.setHeaderText(null);
            PasswordField field = new PasswordField();
            field.setId("staff-pin");
            field.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().matches("\\d{0,"
                    + StaffPin.MAX_DIGITS + "}") ? c : null));
            Label hint = new Label((wait.isZero() ? messages.text("gate.prompt")
                    : String.format(messages.text("pin.wait"), Math.max(1, wait.toSeconds())))
                    + (demo ? "\n" + messages.text("gate.demoPin") : ""));
            hint.setId("staff-pin-hint");
            hint.setWrapText(true);
            field.setDisable(!wait.isZero());
            dialog.getDialogPane().setContent(new VBox(10, hint, field));
            ButtonType ok = ok(messages);
            dialog.getDialogPane().getButtonTypes().addAll(ok,
                    new ButtonType(messages.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
            dialog.setResultConverter(b -> b == ok ? field.getText() : null);
            dialog.setOnShown(e -> field.requestFocus());
            Optional<String> pin = dialog.showAndWait();
            if (pin.isEmpty()) {
                return false;
            }
            if (!wait.isZero()) {
                continue;
            }
            synchronized (THROTTLE) {
                if (PinHash.matches(pin.get(), currentHash.get())) {
                    THROTTLE.succeeded();
                    return true;
                }
                THROTTLE.failed(clock.instant());
                LoggerFactory.getLogger(StaffGate.class).warn("office: wrong staff PIN ({} in a row)",
                        THROTTLE.failuresInARow());
            }
        }
    }
}
