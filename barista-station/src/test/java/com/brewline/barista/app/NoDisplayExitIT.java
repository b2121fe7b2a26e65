package com.brewline.barista.app;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9: a station or board started with no display ends by itself, non-zero, with one line and no stack trace. */
class NoDisplayExitIT {
    @ParameterizedTest
    @ValueSource(strings = {"com.brewline.barista.BaristaMain", "com.brewline.pickup.PickupBoardMain"})
    void noDisplayIsOneLineAndAnExit(String mainClass, @TempDir Path dir) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                "-Dbrewline.log=shipped", mainClass, // the shipped logging (display LogSetup), not the tests' console
                "--db", dir.resolve("b.db").toString(), "--demo-sandbox").redirectErrorStream(true);
        builder.environment().put("XDG_DATA_HOME", dir.toString());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the JVM ends by itself:%n%s", output).isTrue();
        assertThat(process.exitValue()).as(output).isNotZero();
        assertThat(output).contains("could not start").doesNotContain("\tat ");
    }
}
