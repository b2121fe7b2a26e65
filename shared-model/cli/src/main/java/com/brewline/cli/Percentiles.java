package com.brewline.cli;

import java.util.Arrays;
import java.util.Collection;

/** Nearest-rank percentiles of a sample. */
final class Percentiles {
    private final long[] sorted;

    Percentiles(Collection<Long> values) {
        this.sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    int count() {
        return sorted.length;
    }

    /** The value at or below which {@code p} percent of the sample lies (nearest rank); -1 when empty. */
    long percentile(double p) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }

    long max() {
        return sorted.length == 0 ? -1 : sorted[sorted.length - 1];
    }

    @Override
    public String toString() {
        return Arrays.toString(sorted);
    }
}
