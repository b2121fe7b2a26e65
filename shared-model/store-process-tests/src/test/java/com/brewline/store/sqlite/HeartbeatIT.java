package com.brewline.store.sqlite;

import com.brewline.testkit.ChildJvm;
import com.brewline.kitchen.KioskAdvice;
import com.brewline.kitchen.Pacing;
import com.brewline.kitchen.StationRouting;
import com.brewline.watch.KioskGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A station process killed with -9 writes no last word: the kiosk side notices from its silence alone.
 * The limit is 2 s here (60 s in a shop) so the test does not wait a minute; the rule is the same.
 */
class HeartbeatIT {
    static final String ROUTING_SPEC = "bar=coffee;cold=ade-smoothie";
    static final Duration BEAT = Duration.ofMillis(300);
    static final Duration SILENT_AFTER = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void stationsKilledWithMinus9AreNoticedByTheKioskWithinTheLimitAndOrdersStop() throws Exception {
        Path db = dir.resolve("beats.db");
        StationRouting routing = StationWorkerMain.parse(ROUTING_SPEC);
        List<ChildJvm> stations = new ArrayList<>();
        try (SqliteStore store = SqliteStore.open(db, Clock.systemUTC())) {
            store.days().open(LocalDate.now(), "test");
            KioskGate gate = new KioskGate(store, routing, Pacing.off(), SILENT_AFTER, true, Clock.systemUTC());
            assertEquals(KioskAdvice.Reason.NO_STATION, gate.check().reason(), "no station has ever beat");

            for (String station : List.of("bar", "cold")) {
                stations.add(ChildJvm.start(dir, station, StationWorkerMain.class, db.toString(), ROUTING_SPEC, station,
                        station + "-1", dir.resolve("never").toString(), String.valueOf(BEAT.toMillis())));
            }
            // both beating: in the gate's first silentAfter a station not yet seen is neither alive nor silent
            awaitAdvice(gate, a -> a.takingOrders() && a.silentStations().isEmpty() && a.unknownStations().isEmpty(),
                    "both stations alive");

            ChildJvm bar = stations.get(0);
            bar.close(); // SIGKILL
            long killed = System.nanoTime();
            KioskAdvice oneSilent = awaitAdvice(gate, a -> a.silentStations().equals(List.of("bar")), "bar silent");
            double barNoticed = (System.nanoTime() - killed) / 1e9;
            assertTrue(oneSilent.takingOrders(), "the cold bar still sees orders");
            assertFalse(oneSilent.warnStaffNoStation());

            stations.get(1).close();
            long killedCold = System.nanoTime();
            KioskAdvice none = awaitAdvice(gate, a -> a.reason() == KioskAdvice.Reason.NO_STATION, "no station");
            double coldNoticed = (System.nanoTime() - killedCold) / 1e9;
            assertTrue(none.warnStaffNoStation());
            assertFalse(none.takingOrders());
            assertEquals(List.of("bar", "cold"), none.silentStations());
            assertTrue(barNoticed < SILENT_AFTER.toSeconds() + 5 && coldNoticed < SILENT_AFTER.toSeconds() + 5,
                    "noticed after " + barNoticed + " s and " + coldNoticed + " s");
            System.out.printf("heartbeat: a station killed with -9 noticed after %.1f s and %.1f s (limit %d s, beat %d ms)%n",
                    barNoticed, coldNoticed, SILENT_AFTER.toSeconds(), BEAT.toMillis());

            KioskGate lenient = new KioskGate(store, routing, Pacing.off(), SILENT_AFTER, false, Clock.systemUTC());
            KioskAdvice warnOnly = lenient.check();
            assertTrue(warnOnly.warnStaffNoStation(), () -> "advice " + warnOnly + " beats " + store.heartbeats().all());
            assertTrue(warnOnly.takingOrders(), "without kiosk.stopWhenNoStation the kiosk warns and keeps selling");
        } finally {
            ChildJvm.closeAll(stations);
        }
    }

    private static KioskAdvice awaitAdvice(KioskGate gate, Predicate<KioskAdvice> condition, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        KioskAdvice advice = gate.check();
        while (!condition.test(advice)) {
            if (System.nanoTime() > deadline) {
                fail("not reached within 30 s: " + what + "; last advice " + advice);
            }
            Thread.sleep(50);
            advice = gate.check();
        }
        return advice;
    }
}
