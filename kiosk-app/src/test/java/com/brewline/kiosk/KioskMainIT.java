package com.brewline.kiosk;

import com.brewline.store.BrewlineStore;
import com.brewline.testkit.fx.Fx;
import com.brewline.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plain main class: its arguments, and a real start in its own (headless) JVM. */
class KioskMainIT {
    /** A JVM that starts quickly (C1 only, serial GC, the class data archive): what is tested is the main class. */
    private static final String[] QUICK_START = {"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"};

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private record Ended(int exitCode, String output) {
    }

    /** Runs the JVM to its end under a time-out (its output to a file, so a full pipe never blocks it); killed after. */
    private static Ended runToItsEnd(ProcessBuilder builder, Path dir) throws Exception {
        Path out = java.nio.file.Files.createTempFile(dir, "kiosk-main", ".out");
        Process process = builder.redirectOutput(out.toFile()).start();
        try {
            boolean ended = process.waitFor(60, TimeUnit.SECONDS);
            String output = java.nio.file.Files.readString(out, StandardCharsets.UTF_8);
            assertTrue(ended, "the JVM must end by itself within 60 s:\n" + output);
            return new Ended(process.exitValue(), output);
        } finally {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
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
        ProcessBuilder builder = new ProcessBuilder(java(), QUICK_START[0], QUICK_START[1], QUICK_START[2],
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                "com.brewline.kiosk.KioskMain", "--db", db.toString(), "--windowed").redirectErrorStream(true);
        builder.environment().put("XDG_DATA_HOME", dir.toString());
        builder.environment().remove("BREWLINE_PAYMENT_SECRET_KEY");
        Ended ended = runToItsEnd(builder, dir);
        String output = ended.output();
        assertEquals(2, ended.exitCode(), output);
        assertTrue(output.contains("provider.url"), output);
        assertTrue(output.contains("--demo-sandbox"), output);
        assertTrue(!db.toFile().exists(), "nothing was created");
    }

    @Test
    void withNoDisplayTheKioskExitsNonZeroWithOneLine(@TempDir Path dir) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(java(), QUICK_START[0], QUICK_START[1], QUICK_START[2],
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                "-Dbrewline.log=shipped", // the shipped logging (display LogSetup), not the tests' console
                "com.brewline.kiosk.KioskMain", "--db", dir.resolve("kiosk.db").toString(), "--windowed",
                "--demo-sandbox").redirectErrorStream(true);
        builder.environment().put("XDG_DATA_HOME", dir.toString());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Ended ended = runToItsEnd(builder, dir);
        String output = ended.output();
        assertTrue(ended.exitCode() != 0, output);
        assertTrue(output.contains("The kiosk could not start"), output);
        assertTrue(!output.contains("\tat "), "no stack trace:\n" + output);
    }

    @Test
    void kioskMainStartsWithTheChosenSandboxAndLeavesTheDayToStaff(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("kiosk.db");
        List<String> command = List.of(java(), QUICK_START[0], QUICK_START[1], QUICK_START[2],
                "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1920x1920-32", "-Djava.awt.headless=true",
                "com.brewline.kiosk.KioskMain", "--db", db.toString(), "--windowed", "--demo-sandbox");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_DATA_HOME", dir.toString()); // its logs and configuration stay in the test folder
        Path out = dir.resolve("kiosk-main.out");
        Process process = builder.redirectOutput(out.toFile()).start();
        try {
            // its output goes to a file, looked at until the line comes, the JVM ends, or 60 s pass
            Fx.waitOffFx("the kiosk window shown", Duration.ofSeconds(60),
                    () -> printed(out).contains("kiosk window shown") || !process.isAlive());
            String output = printed(out);
            assertTrue(output.contains("kiosk window shown"), "the kiosk did not start:\n" + output);
            assertTrue(output.contains("embedded sandbox"), output);
            try (BrewlineStore store = SqliteStore.open(db, Clock.systemUTC())) {
                assertTrue(store.days().current().isEmpty(), "the kiosk opened no day: staff do");
            }
        } finally {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String printed(Path file) {
        try {
            return java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return ""; // not there yet, or a character half written: looked at again
        }
    }
}
