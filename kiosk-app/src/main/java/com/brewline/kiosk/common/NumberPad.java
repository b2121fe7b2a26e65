package com.brewline.kiosk.common;

import com.brewline.display.I18n;
import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.IntConsumer;

/** The kiosk's only keyboard: digits 0-9, a delete key and one action key, all big. */
public final class NumberPad {
    private NumberPad() {
    }

    public static GridPane create(I18n i18n, IntConsumer digit, Runnable backspace, Button action) {
        GridPane pad = new GridPane();
        pad.getStyleClass().add("keypad");
        for (int d = 1; d <= 9; d++) {
            pad.add(digitButton(d, digit), (d - 1) % 3, (d - 1) / 3);
        }
        Button delete = new Button();
        delete.setGraphic(new FontIcon("mdal-backspace"));
        delete.setAccessibleText(i18n.text("pad.delete"));
        delete.setOnAction(e -> backspace.run());
        delete.setId("pad-delete");
        pad.add(delete, 0, 3);
        pad.add(digitButton(0, digit), 1, 3);
        pad.add(action, 2, 3);
        pad.getChildren().forEach(n -> ((Button) n).setMaxWidth(Double.MAX_VALUE));
        // the action's word whole ("지우기", never "지..."): bound, so the keypad's CSS minimum cannot shrink it
        action.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> action.prefWidth(-1),
                action.textProperty(), action.fontProperty(), action.paddingProperty(), action.skinProperty(),
                action.graphicProperty()));
        return pad;
    }

    private static Button digitButton(int d, IntConsumer digit) {
        Button b = new Button(Integer.toString(d));
        b.setId("pad-" + d);
        b.setOnAction(e -> digit.accept(d));
        return b;
    }
}
