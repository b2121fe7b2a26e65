package com.brewline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 9: kill -9 of simulate leaves no kiosk worker running. */
class WorkersEndWithTheirParentIT {
    @Test
    @Timeout(120)
    void killingSimulateEndsItsKioskWorkers(@TempDir Path dir) throws Exception {
        Process simulate = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.brewline.cli.BrewlineCli", "simulate",
                "--db", dir.resolve("sim.db").toString(), "--kiosks", "2", "--orders", "100000", "--baristas", "1",
                "--prep-scale", "0").redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        List<ProcessHandle> workers = List.of();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (workers.size() < 2 && System.nanoTime() < deadline) {
                workers = simulate.descendants().toList();
                Thread.sleep(100);
            }
            assertTrue(workers.size() >= 2, "the kiosk workers did not start");
        } finally {
            simulate.destroyForcibly(); // SIGKILL: no shutdown hook runs
        }
        simulate.waitFor(10, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90); // a JVM still starting on a busy machine
        while (workers.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        try {
            assertFalse(workers.stream().anyMatch(ProcessHandle::isAlive), "orphaned workers still run");
        } finally {
            workers.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
