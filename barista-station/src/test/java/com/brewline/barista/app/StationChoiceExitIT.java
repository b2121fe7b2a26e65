package com.brewline.barista.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 through the real launch: with stations configured, a station started with an id that names none of them
 * stops at once (exit 2), in one line naming the id and the configured stations, before any window.
 */
class StationChoiceExitIT {
    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aStationIdThatNamesNoConfiguredStationStopsTheStart(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("brewline.json");
        Files.writeString(config, """
                {"stations": [
                  {"id": "bar",  "name": "에스프레소 바", "categories": ["coffee", "non-coffee", "tea", "dessert"]},
                  {"id": "cold", "name": "콜드 바",      "categories": ["ade-smoothie"]}
                ]}
                """, StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                "-Dlogback.configurationFile=logback.xml", "com.brewline.barista.BaristaMain",
                "--config", config.toString(), "--db", dir.resolve("b.db").toString(), "--demo-sandbox",
                "--station", "cold-bar").redirectErrorStream(true);
        builder.environment().put("XDG_DATA_HOME", dir.toString());
        Process process = builder.start();
        try {
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return "";
                }
            });
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the JVM ends by itself").isTrue();
            String out = output.get(10, TimeUnit.SECONDS);
            assertThat(process.exitValue()).as(out).isEqualTo(2);
            assertThat(out).contains("'cold-bar'").contains("[bar, cold]").contains("--station").doesNotContain("\tat ");
        } finally {
            process.destroyForcibly();
        }
    }
}
