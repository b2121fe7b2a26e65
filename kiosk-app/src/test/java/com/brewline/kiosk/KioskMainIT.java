package com.brewline.kiosk;

import com.brewline.store.BrewlineStore;
import com.brewline.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plain main class: its arguments, and a real start in its own (headless) JVM. */
class KioskMainIT {
    @Test
    void argumentsAreParsedAndBadOnesNamed() {
        KioskMain.Args args = KioskMain.Args.parse("--db", "/tmp/x.db", "--windowed");
        assertEquals(Path.of("/tmp/x.db"), args.launch().database());
        assertTrue(args.windowed());
        assertNull(args.launch().providerUrl());
        KioskMain.Args remote = KioskMain.Args.parse("--db", "a.db", "--provider-url", "http://127.0.0.1:9", "--secret-key", "k");
        assertEquals("http://127.0.0.1:9", remote.launch().providerUrl());
        assertEquals("4321", KioskMain.Args.parse("--hash-pin", "4321").hashPin());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KioskMain.Args.parse("--db"))
                .getMessage().contains("--db"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> KioskMain.Args.parse("--secret-key", "k")).getMessage().contains("--provider-url"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KioskMain.Args.parse("--db", "a.db", "--fast"))
                .getMessage().contains("--fast"));
    }

    @Test
    void withoutAProviderTheKioskRefusesToStartNamingTheSetting(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("kiosk.db");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                "com.brewline.kiosk.KioskMain", "--db", db.toString(), "--windowed").redirectErrorStream(true);
        builder.environment().put("XDG_DATA_HOME", dir.toString());
        builder.environment().remove("BREWLINE_PAYMENT_SECRET_KEY");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), output);
        assertEquals(2, process.exitValue(), output);
        assertTrue(output.contains("provider.url"), output);
        assertTrue(output.contains("--demo-sandbox"), output);
        assertTrue(!db.toFile().exists(), "nothing was created");
    }

    @Test
    void withNoDisplayTheKioskExitsNonZeroWithOneLine(@TempDir Path dir) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                "-Dbrewline.log=shipped", // the shipped logging (display LogSetup), not the tests' console
                "com.brewline.kiosk.KioskMain", "--db", dir.resolve("kiosk.db").toString(), "--windowed",
                "--demo-sandbox").redirectErrorStream(true);
        builder.environment().put("XDG_DATA_HOME", dir.toString());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the JVM must end by itself:\n" + output);
        assertTrue(process.exitValue() != 0, output);
        assertTrue(output.contains("The kiosk could not start"), output);
        assertTrue(!output.contains("\tat "), "no stack trace:\n" + output);
    }

    @Test
    void kioskMainStartsWithTheChosenSandboxAndLeavesTheDayToStaff(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("kiosk.db");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1920x1920-32", "-Djava.awt.headless=true",
                "com.brewline.kiosk.KioskMain", "--db", db.toString(), "--windowed", "--demo-sandbox");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_DATA_HOME", dir.toString()); // its logs and configuration stay in the test folder
        Process process = builder.start();
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            boolean started = false;
            String line;
            while (System.nanoTime() < end && (line = out.readLine()) != null) {
                output.add(line);
                if (line.contains("kiosk window shown")) {
                    started = true;
                    break;
                }
            }
            assertTrue(started, "the kiosk did not start:\n" + String.join("\n", output));
            assertTrue(output.stream().anyMatch(l -> l.contains("embedded sandbox")), String.join("\n", output));
            try (BrewlineStore store = SqliteStore.open(db, Clock.systemUTC())) {
                assertTrue(store.days().current().isEmpty(), "the kiosk opened no day: staff do");
            }
        } finally {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
