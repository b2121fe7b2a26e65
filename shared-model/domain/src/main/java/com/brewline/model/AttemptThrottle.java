package com.brewline.model;

import java.time.Duration;
import java.time.Instant;

/**
 * Slows down guessing (staff PINs, cancel codes): after {@code freeAttempts} wrong tries in a row,
 * each further wrong try locks for a wait that doubles from {@code firstWait} up to {@code maxWait}.
 * A right answer resets the count. Time comes from the caller (the clock may jump back: a wait never
 * grows because of that, and a lock never lasts longer than {@code maxWait} from now).
 * Not thread-safe: one instance per screen, used on one thread.
 */
public final class AttemptThrottle {
    private final int freeAttempts;
    private final Duration firstWait;
    private final Duration maxWait;
    private int failuresInARow;
    private Instant lockedUntil = Instant.MIN;

    public AttemptThrottle(int freeAttempts, Duration firstWait, Duration maxWait) {
        if (freeAttempts < 1) {
            throw new IllegalArgumentException("freeAttempts must be at least 1: " + freeAttempts);
        }
        if (firstWait.isNegative() || firstWait.isZero() || maxWait.compareTo(firstWait) < 0) {
            throw new IllegalArgumentException("need 0 < firstWait <= maxWait: " + firstWait + ", " + maxWait);
        }
        this.freeAttempts = freeAttempts;
        this.firstWait = firstWait;
        this.maxWait = maxWait;
    }

    /** The shop's default: 3 free tries, then 30 s doubling up to 15 min. */
    public static AttemptThrottle standard() {
        return new AttemptThrottle(3, Duration.ofSeconds(30), Duration.ofMinutes(15));
    }

    public boolean allowed(Instant now) {
        return waitLeft(now).isZero();
    }

    /** How long until the next try is allowed; zero when allowed now. */
    public Duration waitLeft(Instant now) {
        if (!now.isBefore(lockedUntil)) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, lockedUntil);
        return left.compareTo(maxWait) > 0 ? maxWait : left;
    }

    public void failed(Instant now) {
        failuresInARow++;
        int over = failuresInARow - freeAttempts;
        if (over >= 0) {
            Duration wait = firstWait.multipliedBy(1L << Math.min(over, 20));
            lockedUntil = now.plus(wait.compareTo(maxWait) > 0 ? maxWait : wait);
        }
    }

    public void succeeded() {
        failuresInARow = 0;
        lockedUntil = Instant.MIN;
    }

    public int failuresInARow() {
        return failuresInARow;
    }
}
