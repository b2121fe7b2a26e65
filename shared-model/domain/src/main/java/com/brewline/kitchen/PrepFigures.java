package com.brewline.kitchen;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The owner's preparation figures per item or per station: how long it took (p50, p90, nearest rank) and
 * the share of tickets that turned late ({@link TicketAgeing}).
 */
public final class PrepFigures {
    private PrepFigures() {
    }

    /**
     * One kept measurement: what it is of (an item id or a station id), how long it took to make, how long
     * its ticket had waited since payment when it was bumped, and its ticket's preparation target.
     */
    public record Sample(String key, long prepSeconds, long waitedSeconds, int ticketTargetSeconds) {
    }

    public record Figure(String key, int count, long p50Seconds, long p90Seconds, double lateShare) {
        /** The late share as a whole percentage, for tables. */
        public long latePercent() {
            return Math.round(lateShare * 100);
        }
    }

    public static List<Figure> of(List<Sample> samples, double lateAtFraction) {
        Map<String, List<Sample>> byKey = new TreeMap<>();
        samples.forEach(s -> byKey.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s));
        List<Figure> figures = new ArrayList<>();
        byKey.forEach((key, list) -> {
            List<Long> seconds = new ArrayList<>(list.stream().map(s -> Math.max(0, s.prepSeconds())).toList());
            Collections.sort(seconds);
            long late = list.stream().filter(s -> TicketAgeing.isLate(Duration.ofSeconds(s.waitedSeconds()),
                    s.ticketTargetSeconds(), lateAtFraction)).count();
            figures.add(new Figure(key, list.size(), nearestRank(seconds, 50), nearestRank(seconds, 90),
                    (double) late / list.size()));
        });
        return figures;
    }

    /** The nearest-rank percentile of sorted values (0 for none). */
    static long nearestRank(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
