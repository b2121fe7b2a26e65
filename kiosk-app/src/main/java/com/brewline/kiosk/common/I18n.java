package com.brewline.kiosk.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The customer's language: texts from the bundles and prices as 4,500원 / ₩4,500. */
public final class I18n {
    public static final String BUNDLE = "com.brewline.kiosk.i18n.messages";

    private final ObjectProperty<Locale> locale;

    public I18n(Locale initial) {
        this.locale = new SimpleObjectProperty<>(initial);
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public boolean korean() {
        return !"en".equals(locale.get().getLanguage());
    }

    public ResourceBundle bundle() {
        return bundle(locale.get());
    }

    public static ResourceBundle bundle(Locale locale) {
        // Korean is the base bundle's language too; no fallback to the JVM's default locale.
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing text '" + key + "' for " + locale.get(), e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(args);
    }

    /** A text that follows the language switch. */
    public StringBinding binding(String key, Object... args) {
        return Bindings.createStringBinding(() -> text(key, args), locale);
    }

    /**
     * A word as the object of the sentence: "온도를" in Korean, the word itself in English.
     * Bundles then write "{0} 골라 주세요", never "{0}을(를)".
     */
    public String object(String word) {
        return korean() ? KoreanParticles.attach(word, KoreanParticles.Particle.OBJECT) : word;
    }

    /** A word as the subject: "우유가" / "커피가" in Korean, the word itself in English. */
    public String subject(String word) {
        return korean() ? KoreanParticles.attach(word, KoreanParticles.Particle.SUBJECT) : word;
    }

    /** A word as the topic: "주문은" in Korean, the word itself in English. */
    public String topic(String word) {
        return korean() ? KoreanParticles.attach(word, KoreanParticles.Particle.TOPIC) : word;
    }

    /** A word with (으)로: "우유로", "오트 밀크로", "컵으로" in Korean, the word itself in English. */
    public String direction(String word) {
        return korean() ? KoreanParticles.attach(word, KoreanParticles.Particle.DIRECTION) : word;
    }

    public String price(long won) {
        return formatPrice(won, korean());
    }

    public static String formatPrice(long won, boolean korean) {
        String digits = String.format(Locale.ROOT, "%,d", Math.abs(won));
        String sign = won < 0 ? "-" : "";
        return korean ? sign + digits + "원" : sign + "₩" + digits;
    }

    /** A price change on an option: +500원 / +₩500. */
    public String priceDelta(long won) {
        return won >= 0 ? "+" + price(won) : price(won);
    }
}
