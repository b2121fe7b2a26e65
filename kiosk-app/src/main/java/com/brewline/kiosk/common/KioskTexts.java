package com.brewline.kiosk.common;

import com.brewline.display.I18n;

import java.util.Locale;

/** The kiosk's resource bundle (Korean base, English), read through the display module's one I18n. */
public final class KioskTexts {
    public static final String BUNDLE = "com.brewline.kiosk.i18n.messages";

    private KioskTexts() {
    }

    public static I18n i18n(Locale language) {
        return new I18n(BUNDLE, language);
    }

    /**
     * A screen's guidance (shown and spoken in easy mode), from its key ({@code guide.<screen>} or a state's
     * variant of it). It says where things are, so it may differ by orientation: {@code <key>.landscape} /
     * {@code .portrait} when the bundle has one, else the key's own text. Its words name places and colours of
     * easy mode's layout (a test checks them).
     */
    public static String guidance(I18n i18n, String key, boolean landscape) {
        String placed = key + (landscape ? ".landscape" : ".portrait");
        return i18n.bundle().containsKey(placed) ? i18n.text(placed) : i18n.text(key);
    }
}
