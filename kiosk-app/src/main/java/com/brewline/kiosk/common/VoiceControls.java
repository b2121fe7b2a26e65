package com.brewline.kiosk.common;

import com.brewline.display.I18n;
import com.brewline.display.Voice;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.UnaryOperator;

/**
 * Easy mode's voice controls: big − and + buttons for how loud and how fast the guidance speaks,
 * each with what it is set to between them. The setting belongs to the current customer (the frame
 * sets it back to normal at a start-over).
 */
public final class VoiceControls {
    private final HBox root = new HBox();

    public VoiceControls(ObjectProperty<Voice> voice, I18n i18n) {
        root.getStyleClass().add("voice-controls");
        HBox.setHgrow(root, Priority.SOMETIMES);
        root.setAlignment(Pos.CENTER);
        Label volume = value("volumeValue", Bindings.createStringBinding(
                () -> i18n.text("voice.volume", voice.get().volumePercent()), voice, i18n.localeProperty()));
        Label speed = value("speedValue", Bindings.createStringBinding(
                () -> i18n.text("voice.speed." + voice.get().speedStep()), voice, i18n.localeProperty()));
        Button softer = step("softerButton", "mdmz-volume_down", "voice.softer", i18n, voice, Voice::softer);
        Button louder = step("louderButton", "mdmz-volume_up", "voice.louder", i18n, voice, Voice::louder);
        Button slower = step("slowerButton", "mdmz-remove", "voice.slower", i18n, voice, Voice::slower);
        Button faster = step("fasterButton", "mdal-add", "voice.faster", i18n, voice, Voice::faster);
        softer.disableProperty().bind(Bindings.createBooleanBinding(() -> voice.get().softest(), voice));
        louder.disableProperty().bind(Bindings.createBooleanBinding(() -> voice.get().loudest(), voice));
        slower.disableProperty().bind(Bindings.createBooleanBinding(() -> voice.get().slowest(), voice));
        faster.disableProperty().bind(Bindings.createBooleanBinding(() -> voice.get().fastest(), voice));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        root.getChildren().addAll(group(softer, volume, louder), gap, group(slower, speed, faster));
    }

    public HBox root() {
        return root;
    }

    private static HBox group(Button minus, Label value, Button plus) {
        HBox group = new HBox(minus, value, plus);
        group.getStyleClass().add("voice-group");
        group.setAlignment(Pos.CENTER);
        return group;
    }

    private static Label value(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("voice-value");
        label.textProperty().bind(text);
        return label;
    }

    private static Button step(String id, String icon, String spokenKey, I18n i18n, ObjectProperty<Voice> voice,
                               UnaryOperator<Voice> change) {
        Button b = new Button();
        b.setId(id);
        b.setGraphic(new FontIcon(icon));
        b.getStyleClass().addAll("chrome-button", "voice-button");
        b.setMinWidth(Region.USE_PREF_SIZE);
        // no text on the face (the icon and the value beside it say it); read out and named for screen readers
        b.accessibleTextProperty().bind(i18n.binding(spokenKey));
        b.setOnAction(e -> voice.set(change.apply(voice.get())));
        return b;
    }
}
