package com.brewline.kiosk.frame;

import com.brewline.kiosk.common.Speech;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;

import java.util.List;

/**
 * Notes over the screen meant for the customer (a staff call's confirmation and answer) are read aloud in easy
 * mode when they show or their words change; notes for staff (the no-station banner) are not.
 */
final class SpokenNotes {
    /** Style class of a note read aloud in easy mode. */
    static final String SPOKEN_NOTE = "spoken-note";

    private SpokenNotes() {
    }

    static void watch(List<Node> notes, FrameViewModel shell, Speech speech) {
        for (Node note : notes) {
            if (!(note instanceof Parent parent) || !note.getStyleClass().contains(SPOKEN_NOTE)) {
                continue;
            }
            Runnable say = () -> {
                if (note.isVisible() && shell.accessible()) {
                    String text = text(parent);
                    if (!text.isBlank()) {
                        speech.say(text, shell.i18n().locale());
                    }
                }
            };
            note.visibleProperty().addListener((o, was, now) -> say.run());
            parent.getChildrenUnmodifiable().forEach(child -> {
                if (child instanceof Label label) {
                    label.textProperty().addListener((o, was, now) -> say.run());
                }
            });
        }
    }

    private static String text(Parent parent) {
        StringBuilder text = new StringBuilder();
        parent.getChildrenUnmodifiable().forEach(child -> {
            if (child instanceof Label l && l.getText() != null && !l.getText().isBlank()) {
                text.append(text.length() > 0 ? " " : "").append(l.getText());
            }
        });
        return text.toString();
    }
}
