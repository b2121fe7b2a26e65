package com.brewline.store.jdbc;

import com.brewline.kitchen.PrepFigures;
import com.brewline.model.DaySummary;
import com.brewline.model.Durations;
import com.brewline.model.OrderStatus;
import com.brewline.report.ReportOrder;
import com.brewline.store.Refund;
import com.brewline.store.Reports;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The owner's figures, the same SQL on both engines (dates bound as each engine stores them). A day's summary covers
 * every business day with that date. Refunded is the amount of every refund owed for the day's orders (sent or
 * still pending: a cancelled order is not a sale either way); net = gross - refunded. Durations come from the
 * recorded times and are never negative (a clock set back between two events); percentiles are nearest-rank.
 */
public final class JdbcReports implements Reports {
    private static final String DAYS = "business_day_id IN (SELECT id FROM business_days WHERE date = ?)";

    private final Transactions db;
    private final Statements sql;

    public JdbcReports(Transactions db, Statements sql) {
        this.db = db;
        this.sql = sql;
    }

    @Override
    public DaySummary daySummary(LocalDate date) {
        return db.read("compute the summary of " + date, c -> {
            int paid = (int) sql.count(c, "SELECT count(*) FROM orders WHERE " + DAYS + " AND paid_at IS NOT NULL", date);
            int pickedUp = countStatus(c, date, OrderStatus.PICKED_UP);
            int cancelled = countStatus(c, date, OrderStatus.CANCELLED);
            int rejected = countStatus(c, date, OrderStatus.REJECTED);
            int failed = countStatus(c, date, OrderStatus.PAYMENT_FAILED);
            long gross = sql.count(c, "SELECT coalesce(sum(total), 0) FROM orders WHERE " + DAYS
                    + " AND paid_at IS NOT NULL", date);
            long refunded = sql.count(c, "SELECT coalesce(sum(r.amount), 0) FROM refunds r "
                    + "JOIN orders o ON o.id = r.order_id WHERE o." + DAYS, date);
            int refundsPending = (int) sql.count(c, "SELECT count(*) FROM refunds r JOIN orders o ON o.id = r.order_id "
                    + "WHERE r.status = ? AND o." + DAYS, Refund.Status.PENDING, date);
            List<Long> waits = sql.list(c, "SELECT ready_at - paid_at FROM orders WHERE " + DAYS
                    + " AND ready_at IS NOT NULL AND paid_at IS NOT NULL", rs -> Math.max(0, rs.getLong(1)), date);
            List<Long> preps = sql.list(c, "SELECT ready_at - started_at FROM orders WHERE " + DAYS
                    + " AND ready_at IS NOT NULL AND started_at IS NOT NULL", rs -> Math.max(0, rs.getLong(1)), date);
            return new DaySummary(date, paid, pickedUp, cancelled, rejected, failed, gross, refunded, gross - refunded,
                    refundsPending, Durations.average(waits), Durations.percentile(waits, 90), Durations.slowest(waits),
                    Durations.average(preps), Durations.percentile(preps, 90), Durations.slowest(preps));
        });
    }

    private int countStatus(Connection c, LocalDate day, OrderStatus status) throws SQLException {
        return (int) sql.count(c, "SELECT count(*) FROM orders WHERE " + DAYS + " AND status = ?", day, status);
    }

    @Override
    public List<PrepTimeStat> prepTimeHistory(LocalDate from, LocalDate toInclusive) {
        return db.read("read the preparation times", c -> {
            Map<String, Map<Integer, List<Long>>> byItemAndHour = new TreeMap<>();
            sql.list(c, "SELECT item_id, hour, seconds FROM prep_time_history WHERE day BETWEEN ? AND ?", rs -> {
                byItemAndHour.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                        .computeIfAbsent(rs.getInt(2), k -> new ArrayList<>()).add(rs.getLong(3));
                return null;
            }, from, toInclusive);
            List<PrepTimeStat> stats = new ArrayList<>();
            byItemAndHour.forEach((item, byHour) -> byHour.forEach((hour, seconds) -> stats.add(new PrepTimeStat(
                    item, hour, seconds.size(), seconds.stream().mapToLong(Long::longValue).average().orElse(0),
                    (int) Durations.nearestRank(seconds, 90)))));
            return stats;
        });
    }

    @Override
    public PrepFigureTable prepFigures(LocalDate from, LocalDate toInclusive, double lateAtFraction) {
        return db.read("read the preparation figures", c -> {
            // rows kept before the ticket wait was recorded: counted in the times, never as late
            List<PrepFigures.Sample> items = sql.list(c, "SELECT item_id, seconds, coalesce(ticket_waited_seconds, 0), "
                    + "coalesce(ticket_target_seconds, target_seconds, 0) FROM prep_time_history WHERE day BETWEEN ? AND ?",
                    rs -> new PrepFigures.Sample(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getInt(4)),
                    from, toInclusive);
            List<PrepFigures.Sample> stations = sql.list(c, "SELECT station_id, prep_seconds, waited_seconds, "
                    + "target_seconds FROM part_times WHERE day BETWEEN ? AND ?", rs -> new PrepFigures.Sample(
                    rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getInt(4)), from, toInclusive);
            return new PrepFigureTable(from, toInclusive, PrepFigures.of(items, lateAtFraction),
                    PrepFigures.of(stations, lateAtFraction));
        });
    }

    @Override
    public List<ReportOrder> paidOrders(LocalDate from, LocalDate toInclusive) {
        return db.read("read the paid orders of " + from + " to " + toInclusive,
                c -> ReportRows.paidOrders(sql, c, from, toInclusive));
    }
}
