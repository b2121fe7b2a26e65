package com.brewline.kiosk;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Korean and English bundles have the same keys and placeholders; FXML holds no hard-coded text. */
class BundlesTest {
    private static final Path RESOURCES = Path.of("src/main/resources/com/brewline/kiosk");
    private static final Path SOURCES = Path.of("src/main/java/com/brewline/kiosk");

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/com/brewline/kiosk/i18n/messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void koreanAndEnglishHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties ko = load("ko");
        Properties en = load("en");
        assertEquals(new TreeSet<>(ko.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        for (String key : ko.stringPropertyNames()) {
            int koArgs = new MessageFormat(ko.getProperty(key)).getFormats().length;
            int enArgs = new MessageFormat(en.getProperty(key)).getFormats().length;
            assertEquals(koArgs, enArgs, "placeholders of " + key);
            assertTrue(!ko.getProperty(key).isBlank() && !en.getProperty(key).isBlank(), key + " is empty");
        }
    }

    @Test
    void fxmlHasNoHardCodedTextAndEveryKeyExists() throws IOException {
        Properties ko = load("ko");
        Pattern attribute = Pattern.compile("\\b(text|promptText|accessibleText|accessibleHelp)=\"([^\"]*)\"");
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(RESOURCES)) {
            files = s.filter(p -> p.toString().endsWith(".fxml")).toList();
        }
        assertTrue(files.size() >= 8, "the screens' FXML: " + files);
        for (Path file : files) {
            Matcher m = attribute.matcher(Files.readString(file));
            while (m.find()) {
                String value = m.group(2);
                if (value.isEmpty()) {
                    continue;
                }
                if (!value.startsWith("%")) {
                    problems.add(file.getFileName() + ": hard-coded " + m.group(1) + "=\"" + value + "\"");
                } else if (!ko.containsKey(value.substring(1))) {
                    problems.add(file.getFileName() + ": no bundle key " + value);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Properties ko = load("ko");
        Pattern call = Pattern.compile("(?:text|binding)\\(\"([a-zA-Z]+\\.[a-zA-Z.]+)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> s = Files.walk(SOURCES)) {
            for (Path file : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".") && !ko.containsKey(key)) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        for (String prefix : List.of("screen.", "guide.")) {
            for (var screen : com.brewline.kiosk.frame.Screen.values()) {
                if (!ko.containsKey(prefix + screen.id())) {
                    missing.add(prefix + screen.id());
                }
            }
        }
        for (var state : com.brewline.kiosk.pay.PayState.values()) {
            if (!ko.containsKey("pay.state." + state.name())) {
                missing.add("pay.state." + state.name());
            }
        }
        for (var status : com.brewline.model.OrderStatus.values()) {
            if (!ko.containsKey("orderStatus." + status.name())) {
                missing.add("orderStatus." + status.name());
            }
        }
        for (var outcome : com.brewline.kiosk.status.StatusViewModel.Outcome.values()) {
            if (!ko.containsKey("status.outcome." + outcome.name())) {
                missing.add("status.outcome." + outcome.name());
            }
        }
        assertTrue(missing.isEmpty(), "missing keys: " + missing);
    }

    /**
     * Issue 9: a declined payment said "cancelled on your phone" when the customer did nothing.
     * Every code the provider contract and our settlement give has its own message in both
     * languages, none blames the customer's phone, each says whether money was taken.
     */
    @Test
    void everyDeclineCodeSaysWhatHappened() throws IOException {
        // payment-provider-api.md: the business declines, and the failure codes of an ABORTED payment
        List<String> contract = List.of("INVALID_REQUEST", "INVALID_AMOUNT", "ALREADY_PROCESSED_PAYMENT",
                "NOT_AUTHORIZED_YET", "DUPLICATED_ORDER_ID", "REJECT_CARD_COMPANY", "NOT_CANCELABLE_PAYMENT",
                "NOT_FOUND_PAYMENT", "PAY_PROCESS_CANCELED", "ABORTED", "CANCELED", "PARTIAL_CANCELED",
                // what our settlement gives besides
                "PAYMENT_FAILED", "AMOUNT_MISMATCH", "ORDER_CLOSED");
        Properties ko = load("ko");
        Properties en = load("en");
        List<String> problems = new ArrayList<>();
        for (String code : contract) {
            String key = com.brewline.kiosk.pay.DeclineReasons.key(code);
            if (code.equals("NOT_AUTHORIZED_YET")) {
                continue; // never a decline: the client asks again
            }
            if (!key.equals("decline." + code)) {
                problems.add(code + " falls back to the general message");
            }
        }
        for (String code : com.brewline.kiosk.pay.DeclineReasons.KNOWN) {
            String k = ko.getProperty("decline." + code);
            String e = en.getProperty("decline." + code);
            if (k == null || e == null) {
                problems.add(code + " has no message");
                continue;
            }
            if (k.contains("휴대폰에서") || e.toLowerCase().contains("on your phone")) {
                problems.add(code + " says the customer cancelled on their phone");
            }
        }
        assertEquals("decline.OTHER", com.brewline.kiosk.pay.DeclineReasons.key("SOMETHING_NEW"));
        assertEquals("decline.OTHER", com.brewline.kiosk.pay.DeclineReasons.key(null));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * Issue 9: Korean mixed English in ("/ Americano") and wrote "을(를)". Each language is written
     * as itself: no particle pairs in brackets, no Latin words in Korean (but QR, the units kcal and mg, and the language
     * button's "English"), no Hangul in English, no "(s)" plurals.
     */
    @Test
    void eachLanguageIsWrittenProperly() throws IOException {
        Properties ko = load("ko");
        Properties en = load("en");
        Pattern particlePair = Pattern.compile("[을를이가은는과와]\\([을를이가은는과와]\\)|\\([을를이가은는과와]\\)|\\(으\\)로");
        Pattern latinWord = Pattern.compile("[A-Za-z]+");
        List<String> problems = new ArrayList<>();
        for (String key : ko.stringPropertyNames()) {
            String text = ko.getProperty(key);
            if (particlePair.matcher(text).find()) {
                problems.add("ko " + key + ": a particle pair in brackets: " + text);
            }
            // placeholders and a command quoted to be typed as it is ('brewline pin set') are not prose
            String withoutFormats = text.replaceAll("\\{[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}", "").replaceAll("'[ -~]+'", "");
            Matcher m = latinWord.matcher(withoutFormats);
            while (m.find()) {
                if (!java.util.Set.of("QR", "kcal", "mg", "PIN").contains(m.group()) && !key.equals("shell.otherLanguage")) {
                    problems.add("ko " + key + ": English inside Korean: " + m.group());
                }
            }
        }
        for (String key : en.stringPropertyNames()) {
            String text = en.getProperty(key);
            if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)
                    && !key.equals("shell.otherLanguage")) {
                problems.add("en " + key + ": Korean inside English: " + text);
            }
            if (text.contains("(s)") || text.contains("(es)")) {
                problems.add("en " + key + ": write the plural, not (s): " + text);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void pricesAreWrittenTheKoreanAndTheEnglishWay() {
        assertEquals("4,500원", com.brewline.display.I18n.formatPrice(4500, true));
        assertEquals("₩4,500", com.brewline.display.I18n.formatPrice(4500, false));
        assertEquals("1,234,000원", com.brewline.display.I18n.formatPrice(1_234_000, true));
        assertEquals("₩0", com.brewline.display.I18n.formatPrice(0, false));
    }
}
