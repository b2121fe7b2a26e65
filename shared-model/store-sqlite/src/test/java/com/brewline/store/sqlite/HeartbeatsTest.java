package com.brewline.store.sqlite;

import com.brewline.testkit.TestClock;
import com.brewline.kitchen.Heartbeat;
import com.brewline.kitchen.ProcessKind;
import com.brewline.kitchen.StationRouting;
import com.brewline.kitchen.StationWatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class HeartbeatsTest {
    @TempDir
    Path dir;

    @Test
    void eachBeatReplacesTheProcesssRowAndKeepsWhatItSaw() {
        TestClock clock = TestClock.seoulMorning();
        try (SqliteStore store = SqliteStore.open(dir.resolve("b.db"), clock)) {
            Instant t0 = clock.instant();
            store.heartbeats().beat(new Heartbeat(ProcessKind.KIOSK, "kiosk-1", null, t0, "menu 24 items", true, t0));
            store.heartbeats().beat(new Heartbeat(ProcessKind.STATION, "station-1", StationRouting.SINGLE_STATION_ID,
                    t0, "3 tickets", null, null));
            Instant t1 = t0.plusSeconds(10);
            store.heartbeats().beat(new Heartbeat(ProcessKind.KIOSK, "kiosk-1", null, t1, "menu 24 items", false,
                    t1.minusSeconds(2)));

            List<Heartbeat> all = store.heartbeats().all();
            assertEquals(2, all.size());
            Heartbeat kiosk = all.get(0);
            assertEquals(t1, kiosk.lastSeen());
            assertEquals(Boolean.FALSE, kiosk.providerAnswers());
            assertEquals(t1.minusSeconds(2), kiosk.providerCheckedAt());
            assertNull(all.get(1).providerAnswers());

            StationWatch watch = StationWatch.of(all, StationRouting.single(), t0.plusSeconds(65), Duration.ofSeconds(60));
            assertEquals(List.of(StationRouting.SINGLE_STATION_ID), watch.silentStations());
            assertEquals(1, watch.alive(ProcessKind.KIOSK).size());
        }
    }
}
