package com.brewline.display;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A screen's texts in Korean (the default) or English, and the one way every screen writes money
 * (4,500원 / ₩4,500) and kitchen times (3:05). The language may change while the screen runs
 * (the kiosk's switch); texts bound with {@link #binding} follow it.
 */
public final class I18n {
    private final String baseName;
    private final ObjectProperty<Locale> locale;

    /** @param baseName the bundle, e.g. {@code com.brewline.barista.messages}; Korean is its base file */
    public I18n(String baseName, Locale initial) {
        this.baseName = baseName;
        this.locale = new SimpleObjectProperty<>(supported(initial));
        bundle(); // a missing bundle fails here, at start, not at the first text
    }

    /** Korean unless English was asked for: the two languages every bundle has. */
    public static Locale supported(Locale asked) {
        return asked != null && "en".equals(asked.getLanguage()) ? Locale.ENGLISH : Locale.KOREAN;
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public void setLocale(Locale l) {
        locale.set(supported(l));
    }

    public Locale locale() {
        return locale.get();
    }

    public boolean korean() {
        return !"en".equals(locale.get().getLanguage());
    }

    public ResourceBundle bundle() {
        // No fallback to the JVM's default locale: Korean is the base bundle's language.
        return ResourceBundle.getBundle(baseName, locale.get(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text for {@code key}, with {@link MessageFormat} arguments when given. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing text '" + key + "' in " + baseName + " for " + locale.get(), e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(args);
    }

    /** A text that follows the language switch. */
    public StringBinding binding(String key, Object... args) {
        return Bindings.createStringBinding(() -> text(key, args), locale);
    }

    /** 4,500원 in Korean, ₩4,500 in English. */
    public String price(long won) {
        return formatPrice(won, korean());
    }

    /** A price change on an option: +500원 / +₩500. */
    public String priceDelta(long won) {
        return won >= 0 ? "+" + price(won) : price(won);
    }

    public static String formatPrice(long won, boolean korean) {
        String digits = String.format(Locale.ROOT, "%,d", Math.abs(won));
        String sign = won < 0 ? "-" : "";
        return korean ? sign + digits + "원" : sign + "₩" + digits;
    }

    /** Minutes and seconds, as a kitchen timer shows them; never negative (clamps at 0:00). */
    public static String minutesSeconds(long seconds) {
        long s = Math.max(0, seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
