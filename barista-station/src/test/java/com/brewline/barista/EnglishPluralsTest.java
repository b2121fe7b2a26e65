package com.brewline.barista;

import com.brewline.display.I18n;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The station's, board's, kitchen's and office's English says its plurals ("1 refund", "2 refunds"), never "(s)". */
class EnglishPluralsTest {
    private static final List<String> BUNDLES = List.of("com/brewline/barista/messages",
            "com/brewline/barista/kitchen/messages", "com/brewline/pickup/messages", "com/brewline/office/messages");

    @Test
    void noEnglishTextWritesItsPluralInBrackets() throws Exception {
        List<String> bracketed = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Properties en = new Properties();
            try (InputStream in = EnglishPluralsTest.class.getResourceAsStream("/" + bundle + "_en.properties")) {
                en.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            en.forEach((key, text) -> {
                if (text.toString().contains("(s)") || text.toString().contains("(es)")) {
                    bracketed.add(bundle + " " + key + ": " + text);
                }
            });
        }
        assertThat(bracketed).isEmpty();
    }

    @Test
    void oneAndManyReadRight() {
        I18n en = new I18n("com.brewline.barista.messages", Locale.ENGLISH);
        assertThat(en.text("refunds.pending", 1)).isEqualTo("1 refund pending");
        assertThat(en.text("refunds.pending", 3)).isEqualTo("3 refunds pending");
        assertThat(en.text("refunds.failing", 2)).isEqualTo("2 refunds failing · check");
        assertThat(en.text("summary.refundsPending", 1)).isEqualTo("(1 refund pending)");
        assertThat(en.text("close.refused.text", 1)).startsWith("1 order is still open.");
        assertThat(en.text("close.refused.text", 34)).startsWith("34 orders are still open.");
        assertThat(en.text("close.refused.row", 12, "Waiting", 1)).isEqualTo("#12  ·  Waiting  ·  1 item");
        assertThat(en.text("close.refused.row", 12, "Waiting", 2)).isEqualTo("#12  ·  Waiting  ·  2 items");
        assertThat(en.text("confirm.pause.open", 2, 0)).endsWith("2 waiting or in preparation, 0 waiting for pickup.");
    }
}
