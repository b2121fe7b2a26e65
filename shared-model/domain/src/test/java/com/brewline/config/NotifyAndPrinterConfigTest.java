package com.brewline.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotifyAndPrinterConfigTest {
    @TempDir
    Path dir;

    @Test
    void noMessagesAndNoPrinterByDefault() {
        BrewlineConfig config = new ConfigLoader(Map.of(), dir).defaults();
        assertThat(config.notifications().enabled()).isFalse();
        assertThat(config.printer().target()).isEqualTo("none");
        assertThat(config.printer().charset()).isEqualTo("EUC-KR");
        assertThat(config.printer().columns()).isEqualTo(42);
    }

    @Test
    void theKeyComesFromAFileOrTheEnvironmentAndIsNeverShown() throws Exception {
        Files.writeString(dir.resolve("notify.key"), "nk_from_file\n");
        BrewlineConfig fromFile = new ConfigLoader(Map.of(), dir).parse(
                "{\"notify\": {\"url\": \"https://alimtalk.example\", \"apiKeyFile\": \"notify.key\"}}", "brewline.json");
        assertThat(fromFile.notifications().apiKey()).isEqualTo("nk_from_file");
        assertThat(fromFile.notifications().toString()).doesNotContain("nk_from_file");

        BrewlineConfig fromEnv = new ConfigLoader(Map.of("BREWLINE_NOTIFY_API_KEY", "nk_env"), dir).parse(
                "{\"notify\": {\"url\": \"http://127.0.0.1:18091\"}}", "brewline.json");
        assertThat(fromEnv.notifications().apiKey()).isEqualTo("nk_env");

        assertThatThrownBy(() -> new ConfigLoader(Map.of(), dir).parse(
                "{\"notify\": {\"url\": \"http://127.0.0.1:18091\"}}", "brewline.json"))
                .hasMessageContaining("notify.url").hasMessageContaining("needs an API key");
    }

    @Test
    void badPrinterValuesAreNamed() throws Exception {
        ConfigLoader loader = new ConfigLoader(Map.of(), dir);
        assertThatThrownBy(() -> loader.parse("{\"printer\": {\"columns\": 200}}", "brewline.json"))
                .hasMessageContaining("printer.columns");
        assertThatThrownBy(() -> loader.parse("{\"printer\": {\"charset\": \"KLINGON-1\"}}", "brewline.json"))
                .hasMessageContaining("printer.charset");
        assertThatThrownBy(() -> loader.parse("{\"printer\": {\"statusUrl\": \"https://x.example/\"}}", "brewline.json"))
                .hasMessageContaining("printer.statusUrl");
        Files.write(dir.resolve("big.key"), new byte[4096]);
        assertThatThrownBy(() -> loader.parse("{\"notify\": {\"url\": \"https://a.example\", \"apiKeyFile\": \"big.key\"}}",
                "brewline.json")).hasMessageContaining("notify.apiKeyFile");
    }
}
