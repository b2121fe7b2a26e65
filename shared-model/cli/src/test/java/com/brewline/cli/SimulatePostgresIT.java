package com.brewline.cli;

import com.brewline.store.contract.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

/** simulate and report on a PostgreSQL URL: kiosk processes and baristas, every order accounted for. */
class SimulatePostgresIT {
    @Test
    @Timeout(180)
    void kioskProcessesAndBaristasAccountForEveryOrderOnPostgres() {
        String url = TestPostgres.newDatabase("simulate");
        CliRun run = CliRun.of("simulate", "--db", url, "--kiosks", "2", "--orders", "10", "--baristas", "2",
                "--prep-scale", "0.0005");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("OK: all 20 order(s) placed were claimed once, first-in first-out, and picked up"),
                run.toString());
        CliRun report = CliRun.of("report", "--db", url, "--day", LocalDate.now().toString(), "--json");
        assertEquals(0, report.exitCode(), report.toString());
        assertTrue(report.out().replace(" ", "").contains("\"ordersPaid\":20"), report.toString());
    }
}
