package com.brewline.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** provider.secretKeyFile: the key in a file of its own (installed: /etc/brewline/payment.key, 0600). */
class SecretKeyFileTest {
    private static Path keyFile(Path dir, String content, String mode) throws Exception {
        Path file = dir.resolve("payment.key");
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }

    private static BrewlineConfig load(Path dir, String providerJson, Map<String, String> env) throws Exception {
        Path config = dir.resolve("brewline.json");
        Files.writeString(config, "{\"provider\": " + providerJson + "}");
        return new ConfigLoader(env, dir).load(config);
    }

    @Test
    void theKeyIsReadBesideTheConfigurationAndWinsOverTheEnvironment(@TempDir Path dir) throws Exception {
        keyFile(dir, "live_sk_123\n", "rw-------");
        BrewlineConfig config = load(dir, "{\"url\": \"https://pay.example\", \"secretKeyFile\": \"payment.key\"}",
                Map.of("BREWLINE_PAYMENT_SECRET_KEY", "from_env"));
        assertThat(config.provider().secretKey()).isEqualTo("live_sk_123");
        assertThat(config.provider().toString()).doesNotContain("live_sk_123");
    }

    @Test
    void aKeyEveryUserCanReadIsRefused(@TempDir Path dir) throws Exception {
        keyFile(dir, "live_sk_123", "rw-r--r--");
        assertThatThrownBy(() -> load(dir, "{\"url\": \"https://pay.example\", \"secretKeyFile\": \"payment.key\"}", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("provider.secretKeyFile")
                .hasMessageContaining("chmod 600");
    }

    @Test
    void missingEmptyOrOversizedFilesAndBothSettingsAreRefused(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> load(dir, "{\"url\": \"https://pay.example\", \"secretKeyFile\": \"none.key\"}", Map.of()))
                .hasMessageContaining("none.key is not a file");
        keyFile(dir, "\n", "rw-------");
        assertThatThrownBy(() -> load(dir, "{\"url\": \"https://pay.example\", \"secretKeyFile\": \"payment.key\"}", Map.of()))
                .hasMessageContaining("the key alone");
        keyFile(dir, "k".repeat(5000), "rw-------");
        assertThatThrownBy(() -> load(dir, "{\"url\": \"https://pay.example\", \"secretKeyFile\": \"payment.key\"}", Map.of()))
                .hasMessageContaining("larger than");
        keyFile(dir, "k", "rw-------");
        assertThatThrownBy(() -> load(dir, "{\"secretKey\": \"a\", \"secretKeyFile\": \"payment.key\"}", Map.of()))
                .hasMessageContaining("not both");
    }
}
