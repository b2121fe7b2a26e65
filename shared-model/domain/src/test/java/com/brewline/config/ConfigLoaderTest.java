package com.brewline.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {
    private final Path dataDir = Path.of("/tmp/brewline-config-test");
    private final ConfigLoader loader = new ConfigLoader(Map.of("SHOP_KEY", "sk_from_env"), dataDir);

    @Test
    void everyFieldHasADefault() {
        BrewlineConfig config = loader.defaults();
        assertThat(config.database()).isEqualTo(dataDir.resolve("brewline.db"));
        assertThat(config.provider().url()).isNull();
        assertThat(config.kiosk().language()).isEqualTo("ko");
        assertThat(config.kiosk().inactivityWarning()).isGreaterThanOrEqualTo(Duration.ofSeconds(20));
        assertThat(config.kiosk().staffPinHash()).as("no default PIN: unset means no staff action").isNull();
        assertThat(config.barista().lateAtTargetFraction()).isGreaterThan(config.barista().warningAtTargetFraction());
    }

    @Test
    void readsEveryGroup() {
        String json = """
                {
                  "storeName": {"ko": "한강 커피", "en": "Hangang Coffee"},
                  "database": "shop.db",
                  "provider": {"url": "http://127.0.0.1:9000", "secretKeyEnv": "SHOP_KEY", "callTimeoutMs": 4000},
                  "circuitBreaker": {"openSeconds": 30},
                  "kiosk": {"language": "en", "inactivitySeconds": 60, "inactivityWarningSeconds": 25},
                  "barista": {"warningAtTargetFraction": 0.8, "lateAtTargetFraction": 1.2}
                }""";
        BrewlineConfig config = loader.parse(json, "brewline.json");
        assertThat(config.storeNameKo()).isEqualTo("한강 커피");
        assertThat(config.database()).isEqualTo(dataDir.resolve("shop.db"));
        assertThat(config.provider().secretKey()).isEqualTo("sk_from_env");
        assertThat(config.provider().callTimeout()).isEqualTo(Duration.ofSeconds(4));
        assertThat(config.circuitBreaker().openFor()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.kiosk().inactivityTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.barista().warningAtTargetFraction()).isEqualTo(0.8);
    }

    @Test
    void unknownFieldIsNamedWithItsLine() {
        String json = "{\n  \"kiosk\": {\n    \"inactivitySecs\": 60\n  }\n}";
        assertThatThrownBy(() -> loader.parse(json, "brewline.json"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("brewline.json: line 3")
                .hasMessageContaining("kiosk.inactivitySecs")
                .hasMessageContaining("unknown field");
    }

    @Test
    void outOfRangeValueIsNamedWithItsLine() {
        String json = "{\n\"circuitBreaker\": {\n \"failureRatePercent\": 150\n}\n}";
        assertThatThrownBy(() -> loader.parse(json, "c.json"))
                .hasMessageContaining("c.json: line 3")
                .hasMessageContaining("circuitBreaker.failureRatePercent")
                .hasMessageContaining("between 1 and 100");
    }

    @Test
    void wrongTypeIsRefused() {
        assertThatThrownBy(() -> loader.parse("{\"kiosk\": {\"fullScreen\": \"yes\"}}", "c.json"))
                .hasMessageContaining("kiosk.fullScreen").hasMessageContaining("true or false");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> loader.parse("{\n  \"database\": \"a.db\",\n  }", "c.json"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("c.json: line 3")
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void providerUrlNeedsASecretKey() {
        assertThatThrownBy(() -> loader.parse("{\"provider\": {\"url\": \"http://127.0.0.1:1\"}}", "c.json"))
                .hasMessageContaining("provider.url").hasMessageContaining("BREWLINE_PAYMENT_SECRET_KEY");
    }

    @Test
    void warningMustFitInsideTheTimeout() {
        assertThatThrownBy(() -> loader.parse("{\"kiosk\": {\"inactivitySeconds\": 40, \"inactivityWarningSeconds\": 40}}", "c.json"))
                .hasMessageContaining("kiosk.inactivityWarningSeconds");
    }

    @Test
    void aPlainPinIsNotAHash() {
        assertThatThrownBy(() -> loader.parse("{\"kiosk\": {\"staffPinHash\": \"1234\"}}", "c.json"))
                .hasMessageContaining("kiosk.staffPinHash").hasMessageContaining("hash-pin");
    }

    @Test
    void pinHashIsSaltedAndChecks() {
        String first = PinHash.hash("2580");
        assertThat(PinHash.hash("2580")).isNotEqualTo(first);
        assertThat(PinHash.matches("2580", first)).isTrue();
        assertThat(PinHash.matches("2581", first)).isFalse();
        assertThat(first).doesNotContain("2580");
    }

    @Test
    void dataFolderFollowsThePlatform() {
        assertThat(DataFolder.defaultFor(Map.of(), "Linux", "/home/ann")).isEqualTo(Path.of("/home/ann/.local/share/brewline"));
        assertThat(DataFolder.defaultFor(Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/ann")).isEqualTo(Path.of("/data/brewline"));
        assertThat(DataFolder.defaultFor(Map.of("LOCALAPPDATA", "C:\\Users\\ann\\AppData\\Local"), "Windows 11", "C:\\Users\\ann"))
                .isEqualTo(Path.of("C:\\Users\\ann\\AppData\\Local", "Brewline"));
    }
}
