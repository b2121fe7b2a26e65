package com.brewline.store.sqlite;

import org.sqlite.BusyHandler;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits for another process's write lock in short, jittered steps instead of SQLite's built-in handler
 * (sleeps of 1, 2, 5, 10, 15, 20, 25... 100 ms). A commit holds the lock for well under a millisecond, so a
 * writer that sleeps 10-25 ms after a few misses leaves the lock idle most of the time and loses every race to
 * the writers that just arrived: four kiosk processes together committed fewer orders than one alone. Here a
 * waiter looks again after a yield, then after 50-300 us, growing to at most ~2 ms; the total wait is
 * still bounded by the busy timeout, after which SQLITE_BUSY reaches the store's own retry loop.
 */
final class ShortWaitBusyHandler extends BusyHandler {
    private static final long LONGEST_STEP_NANOS = TimeUnit.MICROSECONDS.toNanos(2_000);

    private final long timeoutNanos;
    private long waitingSince;

    private ShortWaitBusyHandler(int timeoutMillis) {
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    }

    /** Replaces the connection's busy handler (and so its busy_timeout) with this one, same total wait. */
    static void install(Connection connection, int timeoutMillis) throws SQLException {
        BusyHandler.setHandler(connection, new ShortWaitBusyHandler(timeoutMillis));
    }

    /** SQLite calls this (on the waiting thread) each time the lock is busy: 1 to try again, 0 to give up. */
    @Override
    protected int callback(int previousCalls) {
        long now = System.nanoTime();
        if (previousCalls == 0) {
            waitingSince = now;
        } else if (now - waitingSince >= timeoutNanos) {
            return 0;
        }
        if (previousCalls < 2) {
            Thread.yield(); // the holder is often mid-commit on the other core: let it finish
            return 1;
        }
        long step = Math.min(LONGEST_STEP_NANOS, TimeUnit.MICROSECONDS.toNanos(50L << Math.min(previousCalls - 2, 6)));
        LockSupport.parkNanos(step / 2 + ThreadLocalRandom.current().nextLong(step));
        return Thread.currentThread().isInterrupted() ? 0 : 1;
    }
}
