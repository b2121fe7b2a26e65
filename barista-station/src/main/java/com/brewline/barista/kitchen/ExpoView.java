package com.brewline.barista.kitchen;

import com.brewline.display.Fonts;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Whole orders with each station's part: waiting, being made, done; urgent ones first, with their reason. */
public final class ExpoView {
    private final ExpoViewModel vm;

    @FXML private Parent root;
    @FXML private ListView<ExpoViewModel.ExpoRow> orderList;
    @FXML private Label empty;
    @FXML private Label notice;
    @FXML private ChoiceBox<String> reasonChoice;

    private ExpoView(ExpoViewModel vm) {
        this.vm = vm;
    }

    public static ExpoView load(ExpoViewModel vm) {
        Fonts.loadPretendard(); // Korean glyphs, as every station screen
        ExpoView view = new ExpoView(vm);
        FXMLLoader loader = new FXMLLoader(ExpoView.class.getResource("expo.fxml"), vm.messages().bundle());
        loader.setControllerFactory(type -> view);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("expo.fxml could not be loaded", e);
        }
        return view;
    }

    @FXML
    private void initialize() {
        orderList.setItems(vm.rows());
        orderList.setCellFactory(list -> new RowCell());
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.rows()));
        notice.textProperty().bind(vm.noticeProperty());
        reasonChoice.getItems().setAll(ExpoViewModel.URGENT_REASON_KEYS);
        reasonChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? "" : vm.messages().text(key);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        reasonChoice.valueProperty().bindBidirectional(vm.urgentReasonKeyProperty());
    }

    private final class RowCell extends ListCell<ExpoViewModel.ExpoRow> {
        @Override
        protected void updateItem(ExpoViewModel.ExpoRow row, boolean emptyCell) {
            super.updateItem(row, emptyCell);
            if (emptyCell || row == null) {
                setGraphic(null);
                return;
            }
            HBox box = new HBox(10);
            box.getStyleClass().add("expo-row");
            box.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("urgent"), row.urgentReason() != null);
            Label number = new Label("#" + row.pickupNumber());
            number.getStyleClass().add("expo-number");
            box.getChildren().add(number);
            for (ExpoViewModel.PartChip part : row.parts()) {
                Label chip = new Label(part.text());
                chip.getStyleClass().addAll("part-chip", part.state().toLowerCase());
                box.getChildren().add(chip);
            }
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            box.getChildren().add(grow);
            if (row.urgentReason() != null) {
                Label badge = new Label(vm.messages().text("urgent.badge", row.urgentReason()));
                badge.getStyleClass().add("urgent-badge");
                box.getChildren().add(badge);
            } else if (row.onQueue()) {
                Button mark = new Button(vm.messages().text("urgent.mark"));
                mark.getStyleClass().add("expo-button");
                mark.setFocusTraversable(false);
                mark.setOnAction(e -> vm.markUrgent(row));
                box.getChildren().add(mark);
            }
            setGraphic(box);
        }
    }

    public Parent root() {
        return root;
    }
}
