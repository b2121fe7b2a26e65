package com.brewline.office.menu;

import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** The menu editor's controls tied to its view model: lists that follow a selected id, check lists, whole labels. */
final class EditorControls {
    private EditorControls() {
    }

    /**
     * Every label, button and check box at least as wide as its text (wrapping ones excepted): an owner reads "최소 선택",
     * never "최소 ...". The columns take their least width from these, and the page scrolls when the window is narrower.
     */
    static void keepWhole(javafx.scene.Node node) {
        if (node instanceof javafx.scene.control.Labeled labeled && !labeled.isWrapText()
                && labeled.getMinWidth() == javafx.scene.layout.Region.USE_COMPUTED_SIZE) {
            labeled.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        if (node instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
            keepWhole(scroll.getContent());
        } else if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(EditorControls::keepWhole);
        }
    }

    /** One check box per choice, ticked and named as the choice is, rebuilt when the choices change. */
    static void checklist(VBox boxes, javafx.collections.ObservableList<GroupChoice> choices) {
        choices.addListener((ListChangeListener<GroupChoice>) c -> {
            boxes.getChildren().clear();
            for (GroupChoice choice : choices) {
                CheckBox box = new CheckBox();
                box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                box.textProperty().bind(choice.labelProperty()); // bound: a rename shows at once
                box.setUserData(choice.id());
                box.selectedProperty().bindBidirectional(choice.chosenProperty());
                boxes.getChildren().add(box);
            }
        });
    }

    /** A list whose selection follows, and sets, the view model's selected id. */
    static void select(ListView<Row> list, javafx.collections.ObservableList<Row> rows, StringProperty selected) {
        list.setItems(rows);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !b.id().equals(selected.get())) {
                selected.set(b.id());
            }
        });
        Runnable follow = () -> {
            String id = selected.get();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id().equals(id)) {
                    if (list.getSelectionModel().getSelectedIndex() != i) {
                        list.getSelectionModel().select(i);
                    }
                    return;
                }
            }
            list.getSelectionModel().clearSelection();
        };
        selected.addListener((o, a, b) -> follow.run());
        rows.addListener((ListChangeListener<Row>) c -> follow.run());
    }
}
