package com.brewline.cli;

import com.brewline.store.contract.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** bench with --postgres: both engines measured in one run, side by side. */
class BenchPostgresIT {
    @TempDir
    Path dir;

    @Test
    @Timeout(300)
    void bothEnginesSideBySide() {
        String url = TestPostgres.newDatabase("bench");
        CliRun run = CliRun.of("bench", "--db", dir.resolve("bench.db").toString(), "--postgres", url, "--orders", "8",
                "--warm-up", "20", "--bare-rows", "30", "--latency-samples", "10", "--latency-interval-ms", "5", "--phase-seconds", "5");
        assertEquals(0, run.exitCode(), run.toString());
        String header = run.out().lines().filter(l -> l.startsWith("measure")).findFirst().orElseThrow();
        assertTrue(header.contains("SQLite") && header.contains("PostgreSQL"), run.toString());
        assertTrue(run.out().contains("8 / 8 orders"), run.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("notification in another process, p99")), run.toString());

        CliRun again = CliRun.of("bench", "--db", dir.resolve("other.db").toString(), "--postgres", url);
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("needs an empty PostgreSQL database"), again.toString());
    }
}
