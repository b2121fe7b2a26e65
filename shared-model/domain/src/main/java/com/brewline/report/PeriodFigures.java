package com.brewline.report;

import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.model.OrderStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The owner's figures for a period, computed from the store's plain rows ({@link ReportOrder}) so that
 * SQLite and PostgreSQL give the same numbers, and the office screen and {@code brewline report} too.
 * <ul>
 * <li>An order counts in the hour (store time zone) it was paid. Sales are net: totals less refunds.</li>
 * <li>Wait is paid to ready, preparation started to ready; a clock set back never gives a negative
 * duration (it counts as 0). Averages and percentiles (nearest rank) are over orders that reached ready.</li>
 * <li>An order's preparation time is shared among its lines in proportion to their menu prep times, as
 * the store's preparation history does; each line is one sample for its item.</li>
 * <li>Late: waited at least {@code lateAtFraction} of its preparation target (at least 30 s), the
 * station's own rule for a ticket turning late.</li>
 * </ul>
 */
public record PeriodFigures(Period period, int ordersPaid, int ordersReady, long grossSales, long refunded,
                            long netSales, int cancelled, int rejected, Map<String, Integer> cancelReasons,
                            Map<String, Integer> rejectReasons, int refunds, int refundsPending, int lateOrders,
                            List<HourFigures> hours, List<ItemPrep> prepByItem, StaffCallFigures staffCalls) {
    /** A ticket with no prep time at all (a pastry) is judged against this floor, as on the station. */
    public static final int MIN_TARGET_SECONDS = 30;
    /** How a cancel or rejection without a reason is listed. */
    public static final String NO_REASON = "";

    public PeriodFigures {
        cancelReasons = Collections.unmodifiableMap(new LinkedHashMap<>(cancelReasons));
        rejectReasons = Collections.unmodifiableMap(new LinkedHashMap<>(rejectReasons));
        hours = List.copyOf(hours);
        prepByItem = List.copyOf(prepByItem);
        java.util.Objects.requireNonNull(staffCalls, "staffCalls");
    }

    /** One hour of the day, 0-23, summed over every day of the period. */
    public record HourFigures(int hour, int orders, long netSales, int waited, Duration averageWait) {
    }

    /** One menu item's preparation times; names as on its latest order line. */
    public record ItemPrep(String itemId, String nameKo, String nameEn, int samples, Duration p50, Duration p90) {
        public String name(boolean korean) {
            return korean ? nameKo : nameEn;
        }
    }

    /** Late orders among those that reached ready, 0..1 (0 when none did). */
    public double lateShare() {
        return ordersReady == 0 ? 0 : (double) lateOrders / ordersReady;
    }

    /** Hours with any order, or the hours 8-20 when there were none (so an empty chart still has a frame). */
    public List<HourFigures> busyHours() {
        int first = hours.stream().filter(h -> h.orders() > 0).mapToInt(HourFigures::hour).min().orElse(8);
        int last = hours.stream().filter(h -> h.orders() > 0).mapToInt(HourFigures::hour).max().orElse(20);
        return hours.subList(first, last + 1);
    }

    /**
     * @param staffCalls the call-staff button's calls in the period and how fast staff answered
     */
    public static PeriodFigures compute(Period period, List<ReportOrder> rows, ZoneId zone, double lateAtFraction,
                                        StaffCallFigures staffCalls) {
        int[] orders = new int[24];
        long[] sales = new long[24];
        int[] waited = new int[24];
        long[] waitMillis = new long[24];
        int paid = 0;
        int ready = 0;
        int late = 0;
        long gross = 0;
        long refunded = 0;
        int cancelled = 0;
        int rejected = 0;
        int refunds = 0;
        int refundsPending = 0;
        Map<String, Integer> cancelReasons = new TreeMap<>();
        Map<String, Integer> rejectReasons = new TreeMap<>();
        Map<String, List<Long>> prepSamples = new TreeMap<>();
        Map<String, OrderLine> lastLine = new TreeMap<>();
        for (ReportOrder row : rows) {
            Order o = row.order();
            if (o.paidAt() == null || period.from().isAfter(row.businessDate())
                    || period.toInclusive().isBefore(row.businessDate())) {
                continue; // never paid, or outside the period: not a sale of this period
            }
            paid++;
            int hour = o.paidAt().atZone(zone).getHour();
            orders[hour]++;
            gross += o.total();
            sales[hour] += o.total() - row.refundAmount();
            refunded += row.refundAmount();
            if (row.refunded()) {
                refunds++;
                if (!"DONE".equals(row.refundStatus())) {
                    refundsPending++;
                }
            }
            String reason = row.reason() == null ? NO_REASON : row.reason().strip();
            if (o.status() == OrderStatus.CANCELLED) {
                cancelled++;
                cancelReasons.merge(reason, 1, Integer::sum);
            } else if (o.status() == OrderStatus.REJECTED) {
                rejected++;
                rejectReasons.merge(reason, 1, Integer::sum);
            }
            if (o.readyAt() != null) {
                ready++;
                long wait = millisBetween(o.paidAt(), o.readyAt());
                waited[hour]++;
                waitMillis[hour] += wait;
                double target = Math.max(MIN_TARGET_SECONDS, o.prepTargetSeconds()) * 1000.0;
                if (wait / target >= lateAtFraction) {
                    late++;
                }
                if (o.startedAt() != null) {
                    addPrepSamples(o, millisBetween(o.startedAt(), o.readyAt()), prepSamples, lastLine);
                }
            }
        }
        List<HourFigures> hours = new ArrayList<>(24);
        for (int h = 0; h < 24; h++) {
            hours.add(new HourFigures(h, orders[h], sales[h], waited[h],
                    waited[h] == 0 ? Duration.ZERO : Duration.ofMillis(Math.round((double) waitMillis[h] / waited[h]))));
        }
        List<ItemPrep> prep = new ArrayList<>();
        prepSamples.forEach((item, samples) -> {
            OrderLine line = lastLine.get(item);
            prep.add(new ItemPrep(item, line.nameKo(), line.nameEn(), samples.size(),
                    Duration.ofMillis(nearestRank(samples, 50)), Duration.ofMillis(nearestRank(samples, 90))));
        });
        return new PeriodFigures(period, paid, ready, gross, refunded, gross - refunded, cancelled, rejected,
                cancelReasons, rejectReasons, refunds, refundsPending, late, hours, prep, staffCalls);
    }

    private static void addPrepSamples(Order o, long totalMillis, Map<String, List<Long>> samples,
                                       Map<String, OrderLine> lastLine) {
        int target = o.prepTargetSeconds();
        int units = Math.max(1, o.itemCount());
        for (OrderLine line : o.lines()) {
            long share = target > 0 ? Math.round((double) totalMillis * line.prepSeconds() / target)
                    : Math.round((double) totalMillis / units);
            samples.computeIfAbsent(line.itemId(), k -> new ArrayList<>()).add(share);
            lastLine.put(line.itemId(), line);
        }
    }

    /** Never negative: a clock set back between two events counts as no time at all. */
    static long millisBetween(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toMillis());
    }

    /** Nearest-rank percentile; 0 for no samples. */
    static long nearestRank(List<Long> values, int percent) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
