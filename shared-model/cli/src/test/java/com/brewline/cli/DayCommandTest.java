package com.brewline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** Issue 9: staff's day for scripts, with the station's rules. */
class DayCommandTest {
    @TempDir
    Path dir;

    @Test
    void opensPausesResumesAndClosesTheDay() {
        Path db = dir.resolve("day.db");
        try (var store = Stores.openOrCreate(db)) {
            assertTrue(store.days().current().isEmpty());
        }
        CliRun status = CliRun.of("day", "status", "--db", db.toString());
        assertEquals(0, status.exitCode(), status.toString());
        assertTrue(status.out().contains("no business day"), status.toString());
        assertTrue(CliRun.of("day", "open", "--db", db.toString()).out().contains(": open (taking orders)"));
        assertTrue(CliRun.of("day", "pause", "--db", db.toString()).out().contains(": paused (not taking orders)"));
        assertTrue(CliRun.of("day", "open", "--db", db.toString()).out().contains(": open"));
        assertTrue(CliRun.of("day", "close", "--db", db.toString()).out().contains(": closed"));
        CliRun pause = CliRun.of("day", "pause", "--db", db.toString());
        assertEquals(1, pause.exitCode(), pause.toString());
        assertTrue(pause.err().contains("closed and cannot be paused"), pause.toString());
        CliRun bad = CliRun.of("day", "reopen", "--db", db.toString());
        assertEquals(2, bad.exitCode(), bad.toString());
    }
}
