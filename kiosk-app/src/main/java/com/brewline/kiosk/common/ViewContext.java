package com.brewline.kiosk.common;

import com.brewline.display.I18n;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;

/**
 * What every screen's View needs to lay itself out: the language, easy (accessible) mode, orientation,
 * and the header's picture slot. In easy mode on a portrait screen the frame's upper part holds no
 * controls; a screen puts what the customer is looking at (the item's large picture and what is in
 * it) into {@link #header}, which the frame shows there under the step's title, above the guidance.
 */
public record ViewContext(I18n i18n, boolean accessible, boolean landscape, KioskSettings settings,
                          ObjectProperty<Node> header) {
    /** Easy mode's size: text, buttons, pictures and spacing at 200 % of normal. */
    public static final double EASY_SCALE = 2.0;

    public ViewContext {
        header = header == null ? new SimpleObjectProperty<>() : header;
    }

    public ViewContext(I18n i18n, boolean accessible, boolean landscape, KioskSettings settings) {
        this(i18n, accessible, landscape, settings, null);
    }

    public String text(String key, Object... args) {
        return i18n.text(key, args);
    }

    public String price(long won) {
        return i18n.price(won);
    }

    public boolean korean() {
        return i18n.korean();
    }

    /** 2 in easy mode, 1 otherwise: px sizes set in code follow the text. */
    public double scale() {
        return accessible ? EASY_SCALE : 1;
    }

    /** Easy mode on a portrait screen: the upper part is the frame's header (title, picture, guidance). */
    public boolean lowered() {
        return accessible && !landscape;
    }

    /** Grid columns of menu tiles: in easy mode (text at 200 %) wide tiles, one across a portrait screen, two in landscape. */
    public int columns() {
        if (accessible) {
            return landscape ? 2 : 1;
        }
        return landscape ? 4 : 3;
    }
}
