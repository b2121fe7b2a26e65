package com.brewline.kiosk;

import com.brewline.model.BusinessDay;
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
    void kioskMainStartsWithTheEmbeddedSandboxAndOpensADay(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("kiosk.db");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1920x1920-32", "-Djava.awt.headless=true",
                "com.brewline.kiosk.KioskMain", "--db", db.toString(), "--windowed");
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
                assertTrue(store.days().current().map(BusinessDay::takesOrders).orElse(false), "a day was opened");
            }
        } finally {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
