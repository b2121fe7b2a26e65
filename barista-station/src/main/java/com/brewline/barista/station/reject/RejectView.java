package com.brewline.barista.station.reject;

import com.brewline.display.I18n;
import com.brewline.model.Order;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;

/** The reject reasons, numbered for the bump bar (1–5), in an overlay. */
public final class RejectView {
    private final RejectViewModel vm;
    private final I18n messages;

    @FXML private StackPane rejectOverlay;
    @FXML private Label rejectTitle;
    @FXML private VBox rejectReasons;

    public RejectView(RejectViewModel vm, I18n messages) {
        this.vm = vm;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        List<String> keys = RejectViewModel.REASON_KEYS;
        for (int i = 0; i < keys.size(); i++) {
            int index = i;
            Button b = new Button((i + 1) + "   " + messages.text(keys.get(i)));
            b.getStyleClass().add("reason-button");
            b.setId("reason-" + (i + 1));
            b.setMaxWidth(Double.MAX_VALUE);
            b.setFocusTraversable(false);
            b.setOnAction(e -> vm.rejectWith(index));
            rejectReasons.getChildren().add(b);
        }
        vm.choosingForProperty().addListener((obs, o, order) -> show(order));
    }

    private void show(Order order) {
        rejectOverlay.setVisible(order != null);
        rejectTitle.setText(order == null ? "" : messages.text("reject.title", order.pickupNumber()));
    }

    @FXML
    private void onCancel() {
        vm.cancel();
    }
}
