package com.brewline.store.sqlite;

import com.brewline.kitchen.PrepFigures;
import com.brewline.model.DaySummary;
import com.brewline.report.ReportOrder;
import com.brewline.store.Refund;
import com.brewline.store.Reports;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The owner's figures. A day's summary covers every business day with that date. Refunded is the
 * amount of every refund owed for the day's orders (sent or still pending: a cancelled order is not
 * a sale either way); net = gross - refunded. Percentiles are nearest-rank.
 */
final class SqliteReports implements Reports {
    private static final String DAYS = "business_day_id IN (SELECT id FROM business_days WHERE date = ?)";

    private final SqliteDatabase db;

    SqliteReports(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public DaySummary daySummary(LocalDate date) {
        String day = date.toString();
        return db.read("compute the summary of " + date, c -> {
            int paid = (int) Sql.count(c, "SELECT count(*) FROM orders WHERE " + DAYS + " AND paid_at IS NOT NULL", day);
            int pickedUp = countStatus(c, day, "PICKED_UP");
            int cancelled = countStatus(c, day, "CANCELLED");
            int rejected = countStatus(c, day, "REJECTED");
            int failed = countStatus(c, day, "PAYMENT_FAILED");
            long gross = Sql.count(c, "SELECT coalesce(sum(total), 0) FROM orders WHERE " + DAYS
                    + " AND paid_at IS NOT NULL", day);
            long refunded = Sql.count(c, "SELECT coalesce(sum(r.amount), 0) FROM refunds r JOIN orders o ON o.id = r.order_id "
                    + "WHERE o." + DAYS, day);
            int refundsPending = (int) Sql.count(c, "SELECT count(*) FROM refunds r JOIN orders o ON o.id = r.order_id "
                    + "WHERE r.status = ? AND o." + DAYS, Refund.Status.PENDING, day);
            // durations from the recorded times, clamped at 0: a clock set back between two events never makes one negative
            List<Long> waits = Sql.list(c, "SELECT max(0, ready_at - paid_at) FROM orders WHERE " + DAYS
                    + " AND ready_at IS NOT NULL AND paid_at IS NOT NULL", rs -> rs.getLong(1), day);
            List<Long> preps = Sql.list(c, "SELECT max(0, ready_at - started_at) FROM orders WHERE " + DAYS
                    + " AND ready_at IS NOT NULL AND started_at IS NOT NULL", rs -> rs.getLong(1), day);
            return new DaySummary(date, paid, pickedUp, cancelled, rejected, failed, gross, refunded, gross - refunded,
                    refundsPending, average(waits), percentile(waits, 90), slowest(waits), average(preps),
                    percentile(preps, 90), slowest(preps));
        });
    }

    private static int countStatus(java.sql.Connection c, String day, String status) throws java.sql.SQLException {
        return (int) Sql.count(c, "SELECT count(*) FROM orders WHERE " + DAYS + " AND status = ?", day, status);
    }

    @Override
    public List<PrepTimeStat> prepTimeHistory(LocalDate from, LocalDate toInclusive) {
        return db.read("read the preparation times", c -> {
            Map<String, Map<Integer, List<Long>>> byItemAndHour = new TreeMap<>();
            Sql.list(c, "SELECT item_id, hour, seconds FROM prep_time_history WHERE day BETWEEN ? AND ?", rs -> {
                byItemAndHour.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                        .computeIfAbsent(rs.getInt(2), k -> new ArrayList<>()).add(rs.getLong(3));
                return null;
            }, from.toString(), toInclusive.toString());
            List<PrepTimeStat> stats = new ArrayList<>();
            byItemAndHour.forEach((item, byHour) -> byHour.forEach((hour, seconds) -> stats.add(new PrepTimeStat(
                    item, hour, seconds.size(), seconds.stream().mapToLong(Long::longValue).average().orElse(0),
                    (int) nearestRank(seconds, 90)))));
            return stats;
        });
    }

    @Override
    public PrepFigureTable prepFigures(LocalDate from, LocalDate toInclusive, double lateAtFraction) {
        return db.read("read the preparation figures", c -> {
            // rows kept before schema 6 knew no ticket wait: counted in the times, never as late
            List<PrepFigures.Sample> items = Sql.list(c, "SELECT item_id, seconds, coalesce(ticket_waited_seconds, 0), "
                    + "coalesce(ticket_target_seconds, target_seconds, 0) FROM prep_time_history WHERE day BETWEEN ? AND ?",
                    rs -> new PrepFigures.Sample(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getInt(4)),
                    from.toString(), toInclusive.toString());
            List<PrepFigures.Sample> stations = Sql.list(c, "SELECT station_id, prep_seconds, waited_seconds, target_seconds "
                    + "FROM part_times WHERE day BETWEEN ? AND ?", rs -> new PrepFigures.Sample(rs.getString(1),
                    rs.getLong(2), rs.getLong(3), rs.getInt(4)), from.toString(), toInclusive.toString());
            return new PrepFigureTable(from, toInclusive, PrepFigures.of(items, lateAtFraction),
                    PrepFigures.of(stations, lateAtFraction));
        });
    }

    @Override
    public List<ReportOrder> paidOrders(LocalDate from, LocalDate toInclusive) {
        return db.read("read the paid orders of " + from + " to " + toInclusive,
                c -> ReportRows.paidOrders(c, from.toString(), toInclusive.toString()));
    }

    private static Duration average(List<Long> millis) {
        return millis.isEmpty() ? Duration.ZERO
                : Duration.ofMillis(Math.round(millis.stream().mapToLong(Long::longValue).average().orElse(0)));
    }

    private static Duration percentile(List<Long> millis, int percent) {
        return millis.isEmpty() ? Duration.ZERO : Duration.ofMillis(nearestRank(millis, percent));
    }

    private static Duration slowest(List<Long> millis) {
        return millis.isEmpty() ? Duration.ZERO : Duration.ofMillis(Collections.max(millis));
    }

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
