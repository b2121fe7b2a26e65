package com.brewline.cli;

import com.brewline.store.contract.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A smoke run of the bench (the bench itself is a command: its figures are for the README, not asserted): every
 * phase of both engines runs and is reported, at the smallest sizes that still go through each (1 ratio turn, 2
 * writer processes, a few orders and samples), and a PostgreSQL database that is not empty is refused before any
 * work is done.
 */
class BenchCommandIT {
    @TempDir
    Path dir;

    @Test
    @Timeout(420)
    void smallRunReportsEveryFigure() {
        Path db = dir.resolve("bench.db");
        String postgres = TestPostgres.newDatabase("bench");
        CliRun run = CliRun.of("bench", "--db", db.toString(), "--postgres", postgres, "--orders", "8", "--warm-up", "10",
                "--bare-rows", "30", "--latency-samples", "5", "--latency-interval-ms", "5", "--phase-seconds", "5",
                "--ratio-turns", "1", "--writers", "2");
        assertEquals(0, run.exitCode(), run.toString());
        String header = run.out().lines().filter(l -> l.startsWith("measure")).findFirst().orElseThrow();
        assertTrue(header.contains("SQLite") && header.contains("PostgreSQL"), "both engines side by side: " + run);
        for (String figure : new String[]{"bare JDBC insert", "paid commits (markPaid)", "whole paid orders, 1 writer",
                "whole paid orders, 2 writer", "2 writer processes, one database each", "claims, 1 barista", "notification in another process, p50",
                "notification in another process, p99"}) {
            assertTrue(run.out().contains(figure), figure + " in " + run);
        }
        assertTrue(run.out().contains("8 / 8 orders"), run.toString());
        CliRun again = CliRun.of("bench", "--db", dir.resolve("other.db").toString(), "--postgres", postgres);
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("needs an empty PostgreSQL database"), again.toString());
        assertFalse(again.out().contains("running:"), "refused before any work: " + again);
        assertFalse(Files.exists(dir.resolve("other.db")), "nothing written for a refused run");
        assertTrue(Files.exists(db), "a named database is kept");
        assertFalse(Files.exists(dir.resolve("bench.db.bare-insert")), "the bare-insert file is removed");
        for (int w = 1; w <= 4; w++) {
            assertFalse(Files.exists(dir.resolve("bench.db.apart-" + w)), "the separate writers' databases are removed");
        }
    }

    @Test
    void helpStatesTheTargets() {
        CliRun run = CliRun.of("bench", "--help");
        assertEquals(0, run.exitCode());
        String text = run.out().replaceAll("\\s+", " ");
        assertTrue(text.contains(">= 50% of the bare insert rate"), run.toString());
        assertTrue(text.contains("p99 <= 100 ms"), run.toString());
    }

    @Test
    void refusesAnExistingDatabase() throws Exception {
        Path db = Files.writeString(dir.resolve("real.db"), "x");
        CliRun run = CliRun.of("bench", "--db", db.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("will not write benchmark orders into it"), run.toString());
    }
}
