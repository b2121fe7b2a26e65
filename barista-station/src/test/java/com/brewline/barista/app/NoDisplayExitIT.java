package com.brewline.barista.app;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9: a station or board started with no display ends by itself, non-zero, with one line and no stack trace. */
class NoDisplayExitIT {
    @ParameterizedTest
    @ValueSource(strings = {"com.brewline.barista.BaristaMain", "com.brewline.pickup.PickupBoardMain"})
    void noDisplayIsOneLineAndAnExit(String mainClass, @TempDir Path dir) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                "-Dbrewline.log=shipped", // the shipped logging (display LogSetup), not the tests' console,
                "-Dbrewline.logDir=" + dir.resolve("logs"), // its log file in the test's folder, not the user's home
                mainClass,
                "--db", dir.resolve("b.db").toString(), "--demo-sandbox").redirectErrorStream(true);
        builder.environment().put("XDG_DATA_HOME", dir.toString());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        try { // read beside the wait: a JVM that never ends fails the test after 60 s instead of blocking the read
            CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return "";
                }
            });
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the JVM ends by itself").isTrue();
            String output = read.get(10, TimeUnit.SECONDS);
            assertThat(process.exitValue()).as(output).isNotZero();
            assertThat(output).contains("could not start").doesNotContain("\tat ");
        } finally {
            process.destroyForcibly();
        }
    }
}
