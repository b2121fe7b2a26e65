package com.brewline.kiosk.common;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;

/** What easy mode reads out for a touched control: its own words, then the labels inside it (a tile's name and price). */
public final class SpokenText {
    private SpokenText() {
    }

    public static String of(Labeled control) {
        if (control.getAccessibleText() != null) {
            return control.getAccessibleText();
        }
        StringBuilder text = new StringBuilder(control.getText() == null ? "" : control.getText());
        if (control.getGraphic() instanceof Parent graphic) {
            graphic.lookupAll(".label").forEach(n -> {
                if (n instanceof Label l && l.getText() != null && !l.getText().isBlank()) {
                    text.append(text.length() > 0 ? ", " : "").append(l.getText());
                }
            });
        }
        return text.toString();
    }

    /** A note's words: its labels, in order (what easy mode reads when a note shows or changes). */
    public static String ofLabels(Parent parent) {
        StringBuilder text = new StringBuilder();
        parent.getChildrenUnmodifiable().forEach(child -> {
            if (child instanceof Label l && l.getText() != null && !l.getText().isBlank()) {
                text.append(text.length() > 0 ? " " : "").append(l.getText());
            }
        });
        return text.toString();
    }

    /** Calls {@code say} with the note's words whenever it shows or one of its labels changes its words. */
    public static void whenShown(Parent note, java.util.function.Consumer<String> say) {
        Runnable said = () -> {
            if (note.isVisible()) {
                String text = ofLabels(note);
                if (!text.isBlank()) {
                    say.accept(text);
                }
            }
        };
        note.visibleProperty().addListener((o, was, now) -> said.run());
        note.getChildrenUnmodifiable().forEach(child -> {
            if (child instanceof Label label) {
                label.textProperty().addListener((o, was, now) -> said.run());
            }
        });
    }
}
