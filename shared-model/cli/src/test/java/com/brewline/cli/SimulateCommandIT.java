package com.brewline.cli;

import com.brewline.model.DaySummary;
import com.brewline.model.OrderStatus;
import com.brewline.store.BrewlineStore;
import com.brewline.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

class SimulateCommandIT {
    @TempDir
    Path dir;

    @Test
    @Timeout(180)
    void kioskProcessesAndBaristasAccountForEveryOrder() {
        Path db = dir.resolve("sim.db");
        CliRun run = CliRun.of("simulate", "--db", db.toString(), "--kiosks", "2", "--orders", "15", "--baristas", "2",
                "--prep-scale", "0.0005");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("kiosks as processes"), run.toString());
        assertTrue(run.out().contains("OK: all 30 order(s) placed were claimed once, first-in first-out, and picked up"), run.toString());
        assertDatabaseHas(db, 30);
    }

    @Test
    @Timeout(120)
    void kioskThreadsRunTwiceOnTheSameDatabase() {
        Path db = dir.resolve("threads.db");
        CliRun first = CliRun.of("simulate", "--db", db.toString(), "--kiosks", "3", "--orders", "10", "--baristas", "2",
                "--in-process");
        assertEquals(0, first.exitCode(), first.toString());
        assertTrue(first.out().contains("kiosks as threads"), first.toString());
        CliRun second = CliRun.of("simulate", "--db", db.toString(), "--kiosks", "1", "--orders", "5", "--baristas", "1",
                "--in-process", "--seed", "7");
        assertEquals(0, second.exitCode(), second.toString());
        assertTrue(second.out().contains("OK: all 5 order(s)"), second.toString());
        assertDatabaseHas(db, 35);
    }

    private static void assertDatabaseHas(Path db, int orders) {
        try (BrewlineStore store = SqliteStore.open(db, Clock.systemDefaultZone())) {
            LocalDate day = store.days().current().orElseThrow().date();
            DaySummary summary = store.reports().daySummary(day);
            assertEquals(orders, summary.ordersPaid());
            assertEquals(orders, summary.ordersPickedUp());
            assertEquals(0, summary.cancelled() + summary.rejected() + summary.paymentFailed());
            assertTrue(summary.grossSales() > 0);
            assertTrue(store.orders().openOrders().isEmpty(), "nothing left open");
            assertTrue(store.orders().pendingCreatedBefore(java.time.Instant.now().plusSeconds(1)).isEmpty(),
                    "no pending order left");
            store.orders().find(1).ifPresent(o -> assertEquals(OrderStatus.PICKED_UP, o.status()));
        }
    }

    @Test
    void badArgumentsAreUsageErrors() {
        CliRun run = CliRun.of("simulate", "--db", dir.resolve("x.db").toString(), "--kiosks", "0", "--orders", "1",
                "--baristas", "1");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--kiosks must be 1..32, was 0"), run.toString());
        CliRun missing = CliRun.of("simulate", "--kiosks", "1");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("Missing required options"), missing.toString());
    }

    @Test
    void unusableDatabaseIsAClearErrorWithoutStackTrace() {
        CliRun run = CliRun.of("simulate", "--db", dir.resolve("no/such/folder/x.db").toString(), "--kiosks", "1",
                "--orders", "1", "--baristas", "1", "--in-process");
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("brewline simulate: the folder of the database does not exist"), run.toString());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run);
    }

    @Test
    void helpListsEveryOption() {
        CliRun run = CliRun.of("simulate", "--help");
        assertEquals(0, run.exitCode());
        for (String option : new String[]{"--db", "--kiosks", "--orders", "--baristas", "--prep-scale", "--in-process"}) {
            assertTrue(run.out().contains(option), option);
        }
        assertTrue(run.out().contains("Orders EACH kiosk places"));
    }
}
