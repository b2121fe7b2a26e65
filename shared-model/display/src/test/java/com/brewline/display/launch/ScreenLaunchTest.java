package com.brewline.display.launch;

import com.brewline.config.LaunchArgs;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScreenLaunchTest {
    @Command(name = "ignored", description = "A screen for the test.")
    static final class Screen {
        @Mixin
        LaunchOptions launch = new LaunchOptions();

        @Option(names = "--windowed")
        boolean windowed;
    }

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int parse(Screen screen, String... argv) {
        return ScreenLaunch.parse("brewline-test", screen, argv, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void helpListsTheSharedAndTheScreensOwnOptions() {
        assertThat(parse(new Screen(), "--help")).isZero();
        assertThat(out.toString()).contains("Usage: brewline-test", "--config=FILE", "--db=PATH", "--windowed", "--version");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void versionIsTheBuildsOwn() {
        assertThat(parse(new Screen(), "-V")).isZero();
        assertThat(out.toString()).startsWith("brewline-test ").doesNotContain("development").doesNotContain("${");
        assertThat(out.toString().lines().findFirst().orElseThrow()).matches("brewline-test \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void aWrongArgumentIsOneLineAndTheSynopsisWithExit2() {
        assertThat(parse(new Screen(), "--fast")).isEqualTo(ScreenLaunch.BAD_USAGE);
        assertThat(err.toString()).startsWith("brewline-test: Unknown option: '--fast'").contains("Usage: brewline-test");
        assertThat(parse(new Screen(), "--db")).isEqualTo(ScreenLaunch.BAD_USAGE);
    }

    @Test
    void optionsBecomeLaunchArgs() {
        Screen screen = new Screen();
        assertThat(parse(screen, "--db", "a.db", "--windowed", "--provider-url", "http://127.0.0.1:9", "--secret-key", "k"))
                .isEqualTo(ScreenLaunch.GO_ON);
        LaunchArgs args = screen.launch.launchArgs();
        assertThat(args.database()).isEqualTo(Path.of("a.db"));
        assertThat(args.providerUrl()).isEqualTo("http://127.0.0.1:9");
        assertThat(screen.windowed).isTrue();
        Screen keyAlone = new Screen();
        parse(keyAlone, "--secret-key", "k");
        assertThatThrownBy(keyAlone.launch::launchArgs).hasMessageContaining("--provider-url");
    }

    @Test
    void noDisplayIsSaidBeforeJavaFxTriesOnLinux() {
        assertThat(ScreenLaunch.missingDisplay("Linux", Map.of(), null)).contains("DISPLAY");
        assertThat(ScreenLaunch.missingDisplay("Linux", Map.of("DISPLAY", ":0"), null)).isNull();
        assertThat(ScreenLaunch.missingDisplay("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null)).isNull();
        assertThat(ScreenLaunch.missingDisplay("Linux", Map.of(), "Monocle")).isNull();
        assertThat(ScreenLaunch.missingDisplay("Windows 11", Map.of(), null)).isNull();
    }

    @Test
    void theInnermostMessageIsTheOneSaid() {
        RuntimeException wrapped = new RuntimeException("Exception in Application start method",
                new UnsupportedOperationException("Unable to open DISPLAY"));
        assertThat(ScreenLaunch.describe(wrapped)).isEqualTo("UnsupportedOperationException: Unable to open DISPLAY");
        assertThat(ScreenLaunch.describe(new IllegalArgumentException("screen 2 does not exist")))
                .isEqualTo("screen 2 does not exist");
    }
}
