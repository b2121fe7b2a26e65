package com.brewline.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The day summary's figures over a list of durations in milliseconds: average, nearest-rank percentile, slowest. */
public final class Durations {
    private Durations() {
    }

    public static Duration average(List<Long> millis) {
        return millis.isEmpty() ? Duration.ZERO
                : Duration.ofMillis(Math.round(millis.stream().mapToLong(Long::longValue).average().orElse(0)));
    }

    public static Duration percentile(List<Long> millis, int percent) {
        return millis.isEmpty() ? Duration.ZERO : Duration.ofMillis(nearestRank(millis, percent));
    }

    public static Duration slowest(List<Long> millis) {
        return millis.isEmpty() ? Duration.ZERO : Duration.ofMillis(Collections.max(millis));
    }

    public static long nearestRank(List<Long> values, int percent) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
