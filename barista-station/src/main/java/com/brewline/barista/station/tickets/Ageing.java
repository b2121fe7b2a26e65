package com.brewline.barista.station.tickets;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * The timers' starts for tickets in queue (commit) order: each its payment time, raised to the
     * previous ticket's start when the wall clock was set back between two payments. So the queue's
     * ages never rise from front to back, whatever the clocks of the kiosks did.
     */
    public static List<Instant> timerStarts(List<Instant> paidAtInQueueOrder) {
        List<Instant> starts = new ArrayList<>(paidAtInQueueOrder.size());
        Instant floor = null;
        for (Instant paid : paidAtInQueueOrder) {
            Instant start = paid == null ? floor : floor == null || paid.isAfter(floor) ? paid : floor;
            starts.add(start);
            if (start != null) {
                floor = start;
            }
        }
        return starts;
    }
}
