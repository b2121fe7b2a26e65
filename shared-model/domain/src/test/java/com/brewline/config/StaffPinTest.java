package com.brewline.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffPinTest {
    @TempDir
    Path dir;

    @Test
    void theOneRule() {
        assertThat(StaffPin.isValid("1234")).isTrue();
        assertThat(StaffPin.isValid("123456789012")).isTrue();
        assertThat(StaffPin.isValid("123")).isFalse();
        assertThat(StaffPin.isValid("1234567890123")).isFalse();
        assertThat(StaffPin.isValid("12a4")).isFalse();
        assertThat(StaffPin.isValid("١٢٣٤")).isFalse(); // Arabic-Indic digits are not the pad's
        String hash = PinHash.hash("2580");
        assertThat(StaffPin.check("0000", hash, "1357", "1357")).isEqualTo(StaffPin.Problem.OLD_PIN_WRONG);
        assertThat(StaffPin.check("2580", hash, "13", "13")).isEqualTo(StaffPin.Problem.NOT_4_TO_12_DIGITS);
        assertThat(StaffPin.check("2580", hash, "1357", "1358")).isEqualTo(StaffPin.Problem.REPEAT_DIFFERS);
        assertThat(StaffPin.check("2580", hash, "2580", "2580")).isEqualTo(StaffPin.Problem.SAME_AS_OLD);
        assertThat(StaffPin.check("2580", hash, "1357", "1357")).isNull();
    }

    @Test
    void writesTheHashKeepingEveryOtherFieldAndRefusesAFileNotOurs() throws Exception {
        ConfigLoader loader = new ConfigLoader(Map.of(), dir);
        Path config = dir.resolve("brewline.json");
        Files.writeString(config, "{\n  \"kiosk\": {\"kioskId\": \"front\"},\n  \"database\": \"shop.db\"\n}\n");
        StaffPin.write(config, "135791", loader);
        BrewlineConfig read = loader.load(config);
        assertThat(PinHash.matches("135791", read.kiosk().staffPinHash())).isTrue();
        assertThat(read.kiosk().kioskId()).isEqualTo("front");
        assertThat(Files.readString(config)).contains("shop.db").doesNotContain("135791");

        Path foreign = dir.resolve("other.json");
        Files.writeString(foreign, "{\"contacts\": []}");
        assertThatThrownBy(() -> StaffPin.write(foreign, "135791", loader)).isInstanceOf(ConfigException.class);
        assertThat(Files.readString(foreign)).isEqualTo("{\"contacts\": []}");

        Path fresh = dir.resolve("sub").resolve("brewline.json");
        StaffPin.write(fresh, "2468", loader);
        assertThat(PinHash.matches("2468", loader.load(fresh).kiosk().staffPinHash())).isTrue();
    }

    @Test
    void theDemoPinIsOnlyEverChosenOnTheCommandLineAndNeverOverridesAnOwnersPin()
            throws Exception {
        ConfigLoader loader = new ConfigLoader(java.util.Map.of(), dir);
        Path config = dir.resolve("brewline.json");
        java.nio.file.Files.writeString(config, "{}");
        BrewlineConfig production = LaunchArgs.of(config, null, null, null, null, false).load(loader);
        assertThat(production.kiosk().staffPinHash()).isNull();
        assertThat(StaffPin.current(null, false)).isNull();

        BrewlineConfig demo = LaunchArgs.of(config, null, null, null, null, false, true, null).load(loader);
        assertThat(StaffPin.isDemo(demo.kiosk().staffPinHash())).isTrue();
        assertThat(PinHash.matches(StaffPin.DEMO_PIN, demo.kiosk().staffPinHash())).isTrue();
        assertThat(StaffPin.current(null, true)).isEqualTo(StaffPin.demoHash());

        StaffPin.write(config, "1234", loader); // an owner who chose 1234 is not "the demo" (another salt)
        BrewlineConfig owned = LaunchArgs.of(config, null, null, null, null, false, true, null).load(loader);
        assertThat(StaffPin.isDemo(owned.kiosk().staffPinHash())).isFalse();
        assertThat(StaffPin.current(owned.kiosk().staffPinHash(), true)).isEqualTo(owned.kiosk().staffPinHash());
    }

    @Test
    void aNotifyUrlOnTheCommandLineNeedsItsKeyAndAnHttpUrl() throws Exception {
        Path config = dir.resolve("brewline.json");
        java.nio.file.Files.writeString(config, "{}");
        ConfigLoader keyless = new ConfigLoader(java.util.Map.of(), dir);
        assertThatThrownBy(() -> LaunchArgs.of(config, null, null, null, null, false, false, "http://127.0.0.1:9")
                .load(keyless)).isInstanceOf(ConfigException.class).hasMessageContaining("BREWLINE_NOTIFY_API_KEY");
        ConfigLoader keyed = new ConfigLoader(java.util.Map.of("BREWLINE_NOTIFY_API_KEY", "nk_demo"), dir);
        assertThatThrownBy(() -> LaunchArgs.of(config, null, null, null, null, false, false, "ftp://x").load(keyed))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--notify-url");
        BrewlineConfig.Notify n = LaunchArgs.of(config, null, null, null, null, false, false, "http://127.0.0.1:9")
                .load(keyed).notifications();
        assertThat(n.url()).isEqualTo("http://127.0.0.1:9");
        assertThat(n.apiKey()).isEqualTo("nk_demo");
    }
}
