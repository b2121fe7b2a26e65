package com.brewline.barista.support;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The user-facing strings of one screen: Korean by default, English on request. */
public final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** @param baseName e.g. {@code com.brewline.barista.messages} */
    public static Messages load(String baseName, Locale locale) {
        Locale chosen = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.KOREAN;
        return new Messages(ResourceBundle.getBundle(baseName, chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), chosen);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean korean() {
        return Locale.KOREAN.getLanguage().equals(locale.getLanguage());
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** Minutes and seconds, as a kitchen timer shows them (negative never happens: clamps at 0). */
    public static String minutesSeconds(long seconds) {
        long s = Math.max(0, seconds);
        return String.format("%d:%02d", s / 60, s % 60);
    }
}
