package com.brewline.barista.testing;

import com.brewline.store.sqlite.SqliteStore;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;

/**
 * A kiosk raising staff alerts from its own JVM, as the kiosk's call-staff button and slip printer do:
 * {@code DB DIR STOPFILE}. It stays up (one JVM start for a test's several alerts, each raised when the test asks) and
 * raises one alert per request file DIR/raise-N (N = 1, 2, ...; three lines: SOURCE, KIND, MESSAGE) as it appears,
 * until the stop file exists. Prints "STARTED", then "RAISED id" after each.
 */
public final class AlertRaiserMain {
    private AlertRaiserMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path requests = Path.of(args[1]);
        Path stop = Path.of(args[2]);
        try (SqliteStore store = SqliteStore.open(Path.of(args[0]), Clock.systemUTC())) {
            out.println("STARTED");
            for (int next = 1; !Files.exists(stop); ) {
                Path request = requests.resolve("raise-" + next);
                if (!Files.exists(request)) {
                    Thread.sleep(10); // the test's request is a file: looked for as often as the store's change feed polls
                    continue;
                }
                List<String> alert = Files.readAllLines(request, StandardCharsets.UTF_8);
                out.println("RAISED " + store.alerts().raise(alert.get(0), alert.get(1), alert.get(2)));
                next++;
            }
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1);
        }
    }

    /** Asks a raiser for its {@code n}-th alert: written whole under another name, then moved into place. */
    public static void request(Path dir, int n, String source, String kind, String message) throws java.io.IOException {
        Path part = dir.resolve("raise-" + n + ".part");
        Files.write(part, List.of(source, kind, message), StandardCharsets.UTF_8);
        Files.move(part, dir.resolve("raise-" + n), StandardCopyOption.ATOMIC_MOVE);
    }
}
