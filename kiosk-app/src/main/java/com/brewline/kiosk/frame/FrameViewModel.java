package com.brewline.kiosk.frame;

import com.brewline.display.I18n;
import com.brewline.kiosk.common.KioskSettings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The frame around every screen: which screen shows, the language, accessible mode and the
 * orientation. A customer session ends (timeout, done) with {@link #endSession()}: listeners
 * registered with {@link #onSessionEnd} clear their state and the defaults come back.
 */
public final class FrameViewModel {
    private final KioskSettings settings;
    private final I18n i18n;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.ATTRACT);
    private final BooleanProperty accessible = new SimpleBooleanProperty();
    private final BooleanProperty landscape = new SimpleBooleanProperty();
    private final ObjectProperty<com.brewline.display.Voice> voice =
            new SimpleObjectProperty<>(com.brewline.display.Voice.NORMAL);
    private final List<Runnable> sessionEndListeners = new ArrayList<>();
    /** Which guidance the screen's state calls for ("" the screen's own; e.g. "closed" when no order can start). */
    private final javafx.beans.property.StringProperty guidanceVariant = new javafx.beans.property.SimpleStringProperty("");

    public FrameViewModel(KioskSettings settings) {
        this.settings = settings;
        this.i18n = com.brewline.kiosk.common.KioskTexts.i18n(settings.language());
        this.accessible.set(settings.accessibleByDefault());
    }

    public KioskSettings settings() {
        return settings;
    }

    public I18n i18n() {
        return i18n;
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public Screen screen() {
        return screen.get();
    }

    public void go(Screen target) {
        screen.set(target);
    }

    public BooleanProperty accessibleProperty() {
        return accessible;
    }

    public boolean accessible() {
        return accessible.get();
    }

    public void toggleAccessible() {
        accessible.set(!accessible.get());
    }

    public BooleanProperty landscapeProperty() {
        return landscape;
    }

    /** How loud and how fast the spoken guidance is; back to normal for the next customer. */
    public ObjectProperty<com.brewline.display.Voice> voiceProperty() {
        return voice;
    }

    public void setLanguage(Locale language) {
        i18n.localeProperty().set(language);
    }

    public void toggleLanguage() {
        setLanguage(i18n.korean() ? KioskSettings.ENGLISH : KioskSettings.KOREAN);
    }

    public javafx.beans.property.StringProperty guidanceVariantProperty() {
        return guidanceVariant;
    }

    /** The bundle key of the guidance for the screen as it is now (the variant's, when the bundle has one). */
    public String guidanceKey() {
        String base = "guide." + screen().id();
        String variant = guidanceVariant.get();
        if (variant == null || variant.isEmpty()) {
            return base;
        }
        return i18n.bundle().containsKey(base + "." + variant) ? base + "." + variant : base;
    }

    public void onSessionEnd(Runnable listener) {
        sessionEndListeners.add(listener);
    }

    /** The customer is gone: clear everything they chose and greet the next one. */
    public void endSession() {
        // off the customer's screen first, so that no screen is rebuilt around state being cleared
        go(Screen.ATTRACT);
        sessionEndListeners.forEach(Runnable::run);
        setLanguage(settings.language());
        accessible.set(settings.accessibleByDefault());
        voice.set(com.brewline.display.Voice.NORMAL);
    }
}
