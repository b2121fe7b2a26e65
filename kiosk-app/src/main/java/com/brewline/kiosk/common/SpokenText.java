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
}
