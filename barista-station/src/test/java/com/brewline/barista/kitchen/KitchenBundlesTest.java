package com.brewline.barista.kitchen;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The kitchen views' bundles: the same keys in Korean and English, every FXML key present, no "을(를)". */
class KitchenBundlesTest {
    private static final String BASE = "/com/brewline/barista/kitchen/messages";

    @Test
    void sameKeysInBothLanguagesAndKoreanWrittenProperly() throws Exception {
        Properties ko = load(BASE + "_ko.properties");
        Properties en = load(BASE + "_en.properties");
        assertThat(ko.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
        for (String key : ko.stringPropertyNames()) {
            assertThat(ko.getProperty(key)).as(key).doesNotContain("(를)", "(을)", "(이)", "(가)", "(은)", "(는)")
                    .doesNotContainPattern("[A-Za-z]{4,}"); // no English words in the Korean text
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/com/brewline/barista/kitchen/expo.fxml", "/com/brewline/barista/kitchen/kitchen-status.fxml"})
    void everyFxmlKeyExists(String resource) throws Exception {
        String fxml;
        try (InputStream in = KitchenBundlesTest.class.getResourceAsStream(resource)) {
            fxml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Properties ko = load(BASE + "_ko.properties");
        Matcher m = Pattern.compile("\"%([A-Za-z0-9.]+)\"").matcher(fxml);
        int keys = 0;
        while (m.find()) {
            keys++;
            assertThat(ko.stringPropertyNames()).as(resource).contains(m.group(1));
        }
        assertThat(keys).isPositive();
    }

    private static Properties load(String resource) throws Exception {
        Properties props = new Properties();
        try (InputStream in = KitchenBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return props;
    }
}
