package com.brewline.barista.station;

import java.time.Duration;

/**
 * How late a ticket is against its preparation target: normal, then warning, then late. The
 * thresholds are fractions of the target (1.0 = on target) so a long order gets a longer grace.
 */
public record Ageing(double warningAtFraction, double lateAtFraction) {
    /** A ticket with no prep time at all (a pastry) is judged against this floor. */
    static final int MIN_TARGET_SECONDS = 30;

    public enum Level { NORMAL, WARNING, LATE }

    public Level classify(Duration waited, int targetSeconds) {
        double target = Math.max(MIN_TARGET_SECONDS, targetSeconds);
        double fraction = waited.toMillis() / 1000.0 / target;
        if (fraction >= lateAtFraction) {
            return Level.LATE;
        }
        return fraction >= warningAtFraction ? Level.WARNING : Level.NORMAL;
    }
}
