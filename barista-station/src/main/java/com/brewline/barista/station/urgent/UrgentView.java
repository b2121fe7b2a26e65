package com.brewline.barista.station.urgent;

import com.brewline.display.I18n;
import com.brewline.model.Order;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.LongPredicate;

/** The urgency reasons, numbered for the bump bar (1–4), and "no longer urgent" for an order already marked. */
public final class UrgentView {
    private final UrgentViewModel vm;
    private final I18n messages;
    private final LongPredicate isUrgent;

    @FXML private StackPane urgentOverlay;
    @FXML private Label urgentTitle;
    @FXML private VBox urgentReasons;
    @FXML private Button urgentClear;

    /** @param isUrgent whether an order (by id) is marked urgent now */
    public UrgentView(UrgentViewModel vm, I18n messages, LongPredicate isUrgent) {
        this.vm = vm;
        this.messages = messages;
        this.isUrgent = isUrgent;
    }

    @FXML
    private void initialize() {
        List<String> keys = UrgentViewModel.REASON_KEYS;
        for (int i = 0; i < keys.size(); i++) {
            int index = i;
            Button b = new Button((i + 1) + "   " + messages.text(keys.get(i)));
            b.getStyleClass().add("reason-button");
            b.setId("urgent-reason-" + (i + 1));
            b.setMaxWidth(Double.MAX_VALUE);
            b.setFocusTraversable(false);
            b.setOnAction(e -> vm.markWith(index));
            urgentReasons.getChildren().add(b);
        }
        urgentClear.managedProperty().bind(urgentClear.visibleProperty());
        vm.choosingForProperty().addListener((obs, o, order) -> show(order));
    }

    private void show(Order order) {
        urgentOverlay.setVisible(order != null);
        if (order != null) {
            urgentTitle.setText(messages.text("urgent.title", order.pickupNumber()));
            urgentClear.setVisible(isUrgent.test(order.id()));
        }
    }

    @FXML
    private void onClear() {
        Order o = vm.choosingForProperty().get();
        if (o != null) {
            vm.clear(o);
        }
    }

    @FXML
    private void onCancel() {
        vm.cancel();
    }
}
