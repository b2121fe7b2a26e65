package com.brewline.barista.station.soldout;

import com.brewline.model.MenuItem;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;

/** The sold-out toggles, one per menu item, in an overlay. */
public final class SoldOutView {
    private final SoldOutViewModel vm;

    @FXML private StackPane soldOutOverlay;
    @FXML private FlowPane soldOutItems;

    public SoldOutView(SoldOutViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        soldOutOverlay.visibleProperty().bind(vm.showingProperty());
        for (MenuItem item : vm.items()) {
            ToggleButton b = new ToggleButton(item.name(vm.korean()));
            b.getStyleClass().add("sold-out-toggle");
            b.setId("soldout-" + item.id());
            b.setUserData(item.id());
            b.setFocusTraversable(false);
            b.setOnAction(e -> vm.setSoldOut(item.id(), b.isSelected()));
            soldOutItems.getChildren().add(b);
        }
        vm.soldOut().addListener((SetChangeListener<String>) c -> refresh());
        vm.showingProperty().addListener((obs, o, on) -> refresh());
        refresh();
    }

    private void refresh() {
        soldOutItems.getChildren().forEach(n -> ((ToggleButton) n).setSelected(vm.soldOut().contains((String) n.getUserData())));
    }

    @FXML
    private void onClose() {
        vm.showingProperty().set(false);
    }
}
