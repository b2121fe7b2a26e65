package com.brewline.barista.testing;

import com.brewline.store.sqlite.SqliteStore;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A kiosk raising a staff alert from its own JVM, as the kiosk's call-staff button and slip printer do:
 * {@code DB SOURCE KIND MESSAGE}. Prints "RAISED id".
 */
public final class AlertRaiserMain {
    private AlertRaiserMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (SqliteStore store = SqliteStore.open(Path.of(args[0]), Clock.systemUTC())) {
            out.println("RAISED " + store.alerts().raise(args[1], args[2], args[3]));
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1);
        }
    }
}
