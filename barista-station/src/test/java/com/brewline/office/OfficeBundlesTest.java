package com.brewline.office;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Both languages have every key; Korean is written in Korean (no "을(를)", no stray English words). */
class OfficeBundlesTest {
    /** Latin words allowed in Korean text: names of things that are written so in Korea. */
    private static final Pattern ALLOWED_LATIN = Pattern.compile("PIN|CSV|PNG|JPEG|GIF|BMP|New category|New item|New options|New option");

    private static Properties load(String lang) throws Exception {
        Properties p = new Properties();
        try (InputStream in = OfficeBundlesTest.class.getResourceAsStream("/com/brewline/office/messages_" + lang + ".properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void sameKeysAndKoreanIsKorean() throws Exception {
        Properties ko = load("ko");
        Properties en = load("en");
        assertThat(ko.keySet()).isEqualTo(en.keySet());
        for (String key : ko.stringPropertyNames()) {
            String value = ko.getProperty(key);
            assertThat(value).as(key).doesNotContain("을(를)").doesNotContain("이(가)").doesNotContain("은(는)");
            if (!key.endsWith("En")) {
                // a command quoted to be typed as it is ('brewline pin set') is not prose
                String prose = value.replaceAll("'[ -~]+'", "");
                assertThat(ALLOWED_LATIN.matcher(prose).replaceAll("")).as(key).doesNotContainPattern("[A-Za-z]{2,}");
            }
        }
    }
}
