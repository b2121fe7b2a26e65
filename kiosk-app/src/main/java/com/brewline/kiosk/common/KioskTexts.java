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
}
