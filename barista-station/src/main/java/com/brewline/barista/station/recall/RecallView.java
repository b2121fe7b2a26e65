package com.brewline.barista.station.recall;

import com.brewline.model.Order;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;

/** The ready strip: a button per order waiting for pickup, and recall. */
public final class RecallView {
    private final RecallViewModel vm;

    @FXML private HBox readyBox;
    @FXML private Button recallButton;

    public RecallView(RecallViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        vm.ready().addListener((ListChangeListener<Order>) c -> showReady());
        recallButton.disableProperty().bind(vm.lastBumpedProperty().isNull());
        showReady();
    }

    private void showReady() {
        readyBox.getChildren().clear();
        for (Order o : vm.ready()) {
            Button b = new Button(String.valueOf(o.pickupNumber()));
            b.getStyleClass().add("ready-number");
            b.setId("handover-" + o.pickupNumber());
            b.setFocusTraversable(false);
            b.setOnAction(e -> vm.handOver(o));
            readyBox.getChildren().add(b);
        }
    }

    @FXML
    private void onRecall() {
        vm.recall();
    }
}
