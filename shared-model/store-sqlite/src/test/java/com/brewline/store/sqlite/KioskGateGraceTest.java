package com.brewline.store.sqlite;

import com.brewline.kitchen.Heartbeat;
import com.brewline.kitchen.KioskAdvice;
import com.brewline.kitchen.Pacing;
import com.brewline.kitchen.ProcessKind;
import com.brewline.kitchen.StationRouting;
import com.brewline.testkit.TestClock;
import com.brewline.watch.KioskGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The kiosk gate gives a station never seen the heartbeat's grace from the kiosk's own start: a kiosk started a
 * moment before its station does not alarm staff, and it never takes a station it has not seen for alive.
 */
class KioskGateGraceTest {
    static final Duration SILENT_AFTER = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void aKioskJustStartedDoesNotWarnStaffOfAStationNotYetSeen() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("g.db"), TestClock.seoulMorning())) {
            KioskGate lenient = new KioskGate(store, StationRouting.single(), Pacing.off(), SILENT_AFTER, false,
                    TestClock.seoulMorning());
            KioskAdvice advice = lenient.check();
            assertFalse(advice.warnStaffNoStation(), "no station ever beat, the kiosk is a moment old: not yet known");
            assertTrue(advice.takingOrders());

            KioskGate stopping = new KioskGate(store, StationRouting.single(), Pacing.off(), SILENT_AFTER, true,
                    TestClock.seoulMorning());
            KioskAdvice stop = stopping.check();
            assertFalse(stop.warnStaffNoStation());
            assertEquals(KioskAdvice.Reason.NO_STATION, stop.reason(), "a station not yet seen is not taken for alive");
        }
    }

    @Test
    void theGraceRunsOnTheKiosksUptimeNotTheWallClock() {
        TestClock clock = TestClock.seoulMorning();
        AtomicLong nanos = new AtomicLong(5_000_000_000L);
        try (SqliteStore store = SqliteStore.open(dir.resolve("g.db"), clock)) {
            KioskGate gate = new KioskGate(store, StationRouting.single(), Pacing.off(), SILENT_AFTER, true, clock,
                    nanos::get);
            nanos.addAndGet(SILENT_AFTER.toNanos());
            assertFalse(gate.check().warnStaffNoStation(), "up exactly the limit: still not known");

            // the wall clock jumps back an hour: the kiosk has still been up just over the limit
            clock.advance(Duration.ofHours(-1));
            nanos.addAndGet(1_000_000L);
            KioskAdvice silent = gate.check();
            assertTrue(silent.warnStaffNoStation(), "never seen past the kiosk's first minute: silent");
            assertEquals(java.util.List.of(StationRouting.SINGLE_STATION_ID), silent.silentStations());

            // the station beats: alive, orders taken
            store.heartbeats().beat(new Heartbeat(ProcessKind.STATION, "station-1", StationRouting.SINGLE_STATION_ID,
                    clock.instant(), null, null, null));
            KioskAdvice alive = gate.check();
            assertTrue(alive.takingOrders());
            assertFalse(alive.warnStaffNoStation());
        }
    }

    @Test
    void aStationSeenBeforeTheKioskStartedIsSilentAtOnce() {
        TestClock clock = TestClock.seoulMorning();
        try (SqliteStore store = SqliteStore.open(dir.resolve("g.db"), clock)) {
            store.heartbeats().beat(new Heartbeat(ProcessKind.STATION, "station-1", StationRouting.SINGLE_STATION_ID,
                    clock.instant().minus(SILENT_AFTER).minusSeconds(1), null, null, null));
            KioskGate gate = new KioskGate(store, StationRouting.single(), Pacing.off(), SILENT_AFTER, false, clock);
            assertTrue(gate.check().warnStaffNoStation(), "its last beat says it went silent: known, not a guess");
        }
    }
}
