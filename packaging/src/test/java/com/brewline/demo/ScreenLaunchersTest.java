package com.brewline.demo;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The installer's screen launchers start with the screens' JVM options, as the demo does (ADR 0014). */
class ScreenLaunchersTest {
    private static final Path LAUNCHERS = Path.of("src/jpackage/launchers");

    @Test
    void everyScreenLauncherHasTheShippedOptionsAndTheCommandLineHasNone() throws IOException {
        for (String screen : List.of("kiosk", "barista", "pickup-board", "station-and-board", "office")) {
            assertThat(javaOptions(screen)).as(screen).containsSequence(ScreenJvmOptions.shipped());
        }
        assertThat(javaOptions("cli")).as("the command line: its benchmarks need C2").doesNotContainAnyElementsOf(ScreenJvmOptions.shipped());
    }

    private static List<String> javaOptions(String launcher) throws IOException {
        return Files.readAllLines(LAUNCHERS.resolve(launcher + ".properties")).stream()
                .filter(l -> l.startsWith("java-options="))
                .flatMap(l -> List.of(l.substring("java-options=".length()).trim().split("\\s+")).stream())
                .toList();
    }
}
