package com.brewline.display;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** One money format and one timer format for every screen. */
class I18nTest {
    @Test
    void pricesInKoreanAndEnglish() {
        assertThat(I18n.formatPrice(4_500, true)).isEqualTo("4,500원");
        assertThat(I18n.formatPrice(4_500, false)).isEqualTo("₩4,500");
        assertThat(I18n.formatPrice(-1_234_567, true)).isEqualTo("-1,234,567원");
    }

    @Test
    void onlyKoreanAndEnglishAndKoreanByDefault() {
        assertThat(I18n.supported(Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
        assertThat(I18n.supported(Locale.GERMAN)).isEqualTo(Locale.KOREAN);
        assertThat(I18n.supported(null)).isEqualTo(Locale.KOREAN);
    }

    @Test
    void kitchenTimesNeverGoNegative() {
        assertThat(I18n.minutesSeconds(185)).isEqualTo("3:05");
        assertThat(I18n.minutesSeconds(-30)).isEqualTo("0:00");
    }
}
