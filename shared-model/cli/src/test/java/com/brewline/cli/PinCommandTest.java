package com.brewline.cli;

import com.brewline.config.ConfigLoader;
import com.brewline.config.PinHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** brewline pin set/status: the PIN read twice from standard input, only its hash written where screens read it. */
class PinCommandTest {
    private final InputStream stdin = System.in;

    @TempDir
    Path dir;

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    private CliRun withInput(String input, String... args) {
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        return CliRun.of(args);
    }

    @Test
    void setWritesOnlyTheHashKeepingTheRestOfTheFile() throws Exception {
        Path config = dir.resolve("brewline.json");
        Files.writeString(config, "{\"storeName\": {\"ko\": \"우리 카페\", \"en\": \"Our Cafe\"}}\n");
        assertThat(CliRun.of("pin", "status", "--config", config.toString()).out()).contains("No staff PIN is set",
                "brewline pin set");

        CliRun run = withInput("2580\n2580\n", "pin", "set", "--config", config.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        String written = Files.readString(config);
        assertThat(written).doesNotContain("2580").contains("staffPinHash", "우리 카페");
        ConfigLoader loader = new ConfigLoader(Map.of(), dir);
        assertThat(PinHash.matches("2580", loader.load(config).kiosk().staffPinHash())).isTrue();
        CliRun status = CliRun.of("pin", "status", "--config", config.toString());
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).contains("A staff PIN is set").doesNotContain(loader.load(config).kiosk().staffPinHash());
    }

    @Test
    void aBadOrMismatchedPinChangesNothing() throws Exception {
        Path config = dir.resolve("brewline.json");
        Files.writeString(config, "{}\n");
        for (String input : new String[]{"12\n12\n", "12a4\n12a4\n", "2580\n2581\n", "2580\n"}) {
            CliRun run = withInput(input, "pin", "set", "--config", config.toString());
            assertThat(run.exitCode()).as(input).isNotZero();
            assertThat(run.err()).as(input).containsAnyOf("4 to 12 digits", "differ", "twice");
            assertThat(Files.readString(config)).isEqualTo("{}\n");
        }
    }

    @Test
    void aFileThatIsNotAConfigurationIsLeftUntouched() throws Exception {
        Path foreign = dir.resolve("notes.json");
        Files.writeString(foreign, "[1, 2, 3]\n");
        CliRun run = withInput("2580\n2580\n", "pin", "set", "--config", foreign.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(Files.readString(foreign)).isEqualTo("[1, 2, 3]\n");
    }
}
