package com.brewline.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 9: the store's time zone, a file with a byte-order mark, the one PIN rule and bounded PIN hashes. */
class StoreSettingsTest {
    @TempDir
    Path dir;

    private ConfigLoader loader() {
        return new ConfigLoader(Map.of(), dir);
    }

    @Test
    void theStoreTimeZoneIsConfiguredOnceAndDefaultsToTheSystems() {
        assertThat(loader().defaults().timeZone()).isEqualTo(ZoneId.systemDefault());
        BrewlineConfig seoul = loader().parse("{\"store\": {\"timeZone\": \"Asia/Seoul\"}}", "brewline.json");
        assertThat(seoul.timeZone()).isEqualTo(ZoneId.of("Asia/Seoul"));
        assertThat(seoul.clock().getZone()).isEqualTo(ZoneId.of("Asia/Seoul"));
        assertThatThrownBy(() -> loader().parse("{\"store\": {\"timeZone\": \"Mars/Base\"}}", "brewline.json"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("store.timeZone").hasMessageContaining("Mars/Base");
    }

    @Test
    void aFileSavedWithAByteOrderMarkIsAccepted() throws Exception {
        Path file = dir.resolve("brewline.json");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "{\"kiosk\": {\"kioskId\": \"kiosk-7\"}}".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Files.write(file, all);
        assertThat(loader().load(file).kiosk().kioskId()).isEqualTo("kiosk-7");
    }

    @Test
    void oneStaffPinRuleEverywhere() {
        assertThat(StaffPin.isValid("1234")).isTrue();
        assertThat(StaffPin.isValid("123456789012")).isTrue();
        assertThat(StaffPin.isValid("123")).isFalse();
        assertThat(StaffPin.isValid("1234567890123")).isFalse();
        assertThat(StaffPin.isValid("abcd")).isFalse();
        assertThat(StaffPin.isValid("１２３４")).as("full-width digits are not the pad's").isFalse();
        assertThatThrownBy(() -> PinHash.hash("abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4 to 12 digits");
        assertThat(PinHash.matches("123456789012", PinHash.hash("123456789012"))).isTrue();
    }

    @Test
    void aPinHashWithTooManyOrTooFewIterationsIsAClearConfigurationError() {
        String good = PinHash.hash("2580");
        String[] parts = good.split("\\$");
        String huge = parts[0] + "$2000000000$" + parts[2] + "$" + parts[3];
        String tiny = parts[0] + "$1$" + parts[2] + "$" + parts[3];
        for (String bad : new String[]{huge, tiny}) {
            assertThatThrownBy(() -> loader().parse("{\"kiosk\": {\"staffPinHash\": \"" + bad + "\"}}", "brewline.json"))
                    .isInstanceOf(ConfigException.class).hasMessageContaining("kiosk.staffPinHash")
                    .hasMessageContaining("10000 to 1000000");
        }
        assertThat(PinHash.matches("2580", huge)).as("never derived: it would hang the kiosk").isFalse();
    }

    @Test
    void theSandboxIsChosenExplicitly() {
        assertThat(loader().defaults().isDemo()).isFalse();
        assertThat(loader().parse("{\"provider\": {\"sandbox\": true}}", "brewline.json").isDemo()).isTrue();
        BrewlineConfig demo = new LaunchArgs(null, null, null, null, null, null, true, false, null).load(loader());
        assertThat(demo.isDemo()).isTrue();
    }
}
