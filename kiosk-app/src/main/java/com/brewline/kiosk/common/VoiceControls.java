package com.brewline.kiosk.common;

import com.brewline.display.I18n;
import com.brewline.display.Voice;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.UnaryOperator;

/**
 * Easy mode's voice controls: one button ("소리·빠르기") that unfolds big − and + buttons for how loud and
 * how fast the guidance speaks, each with what it is set to between them (folded, they leave room for call
 * staff in the row at 200 %). The setting belongs to the current customer (the frame sets it back to normal
 * at a start-over).
 */
public final class VoiceControls {
    private final VBox root = new VBox();
    private final HBox panel = new HBox();
    private final ToggleButton unfold = new ToggleButton();

    public VoiceControls(ObjectProperty<Voice> voice, I18n i18n) {
        root.getStyleClass().add("voice-controls");
        root.setAlignment(Pos.BOTTOM_RIGHT);
        panel.getStyleClass().add("voice-panel");
        panel.setAlignment(Pos.CENTER_RIGHT);
        unfold.setId("voiceButton");
        unfold.getStyleClass().addAll("chrome-button", "voice-button");
        unfold.setGraphic(new FontIcon("mdmz-volume_up"));
        unfold.textProperty().bind(i18n.binding("voice.settings"));
        unfold.setMinWidth(Region.USE_PREF_SIZE);
        panel.visibleProperty().bind(unfold.selectedProperty());
        panel.managedProperty().bind(unfold.selectedProperty());
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
        VBox groups = new VBox(group(softer, volume, louder), group(slower, speed, faster));
        groups.getStyleClass().add("voice-groups");
        panel.getChildren().add(groups);
        HBox button = new HBox(unfold);
        button.setAlignment(Pos.CENTER_RIGHT);
        root.getChildren().addAll(panel, button);
    }

    public VBox root() {
        return root;
    }

    /** Folds the panel (a new customer, normal mode). */
    public void fold() {
        unfold.setSelected(false);
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
