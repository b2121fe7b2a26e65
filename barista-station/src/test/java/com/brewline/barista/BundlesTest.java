package com.brewline.barista;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Korean and English bundles carry the same keys, and every %key an FXML file uses exists. */
class BundlesTest {
    @ParameterizedTest
    @ValueSource(strings = {"/com/brewline/barista/messages", "/com/brewline/pickup/messages"})
    void sameKeysInBothLanguages(String base) throws Exception {
        Properties ko = load(base + "_ko.properties");
        Properties en = load(base + "_en.properties");
        assertThat(ko.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/com/brewline/barista/station/station.fxml|/com/brewline/barista/messages",
            "/com/brewline/pickup/board/board.fxml|/com/brewline/pickup/messages"})
    void everyFxmlKeyExists(String pair) throws Exception {
        String[] p = pair.split("\\|");
        String fxml;
        try (InputStream in = BundlesTest.class.getResourceAsStream(p[0])) {
            fxml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Properties ko = load(p[1] + "_ko.properties");
        Matcher m = Pattern.compile("\"%([A-Za-z0-9.]+)\"").matcher(fxml);
        int keys = 0;
        while (m.find()) {
            keys++;
            assertThat(ko.stringPropertyNames()).as(p[0]).contains(m.group(1));
        }
        assertThat(keys).isPositive();
    }

    private static Properties load(String resource) throws Exception {
        Properties props = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return props;
    }
}
