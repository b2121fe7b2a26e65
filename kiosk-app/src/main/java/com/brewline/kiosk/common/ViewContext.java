package com.brewline.kiosk.common;

import com.brewline.display.I18n;

/** What every screen's View needs to lay itself out: the language, accessible mode, orientation. */
public record ViewContext(I18n i18n, boolean accessible, boolean landscape, KioskSettings settings) {
    public String text(String key, Object... args) {
        return i18n.text(key, args);
    }

    public String price(long won) {
        return i18n.price(won);
    }

    public boolean korean() {
        return i18n.korean();
    }

    /** Grid columns for tiles and options: fewer, bigger ones in accessible mode. */
    public int columns() {
        if (accessible) {
            return landscape ? 3 : 2;
        }
        return landscape ? 4 : 3;
    }
}
