package com.brewline.kiosk.staffcall;

import com.brewline.display.I18n;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The call-staff button (for the frame's footer, on every screen, in easy mode too) and the note that tells
 * the customer what became of the call (for the frame's notice area). Built in code: two small nodes.
 */
public final class StaffCallView {
    private final Button button;
    private final HBox note;

    public StaffCallView(StaffCallViewModel vm, I18n i18n) {
        button = new Button();
        button.setId("call-staff");
        button.getStyleClass().addAll("chrome-button", "call-staff-button");
        button.setGraphic(new FontIcon("mdmz-support_agent"));
        button.textProperty().bind(i18n.binding("staffCall.button"));
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.setOnAction(e -> vm.call());

        FontIcon icon = new FontIcon("mdmz-support_agent");
        Label text = new Label();
        text.setId("call-staff-note");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.state()) {
            case IDLE -> "";
            case CALLING -> i18n.text("staffCall.calling");
            case CALLED -> i18n.text("staffCall.called");
            case ANSWERED -> i18n.text("staffCall.answered");
            case FAILED -> i18n.text("staffCall.failed");
        }, vm.stateProperty(), i18n.localeProperty()));
        vm.stateProperty().addListener((o, was, now) -> icon.setIconLiteral(switch (now) {
            case ANSWERED -> "mdal-check_circle";
            case FAILED -> "mdmz-warning";
            default -> "mdmz-support_agent";
        }));
        note = new HBox(14, icon, text);
        note.getStyleClass().addAll("notice", "staff-call-note", "spoken-note");
        note.visibleProperty().bind(vm.stateProperty().isNotEqualTo(StaffCallViewModel.State.IDLE));
        note.managedProperty().bind(note.visibleProperty());
    }

    public Button button() {
        return button;
    }

    public HBox note() {
        return note;
    }
}
