package com.brewline.store.postgres;

import com.brewline.model.Order;
import com.brewline.model.OrderLine;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static com.brewline.store.postgres.PgStatements.SQL;

/**
 * The PostgreSQL twin of the SQLite store's PrepTimeRecorder (issue 12): a ticket (the whole order with one
 * station, or one station's part) is timed from its start to its bump, shared among its lines per unit, with its
 * wait since payment and its target; whether it turned late is decided when the figures are read.
 */
final class PgPartTimes {
    private PgPartTimes() {
    }

    /** @param wholeOrder the ticket is the whole order: its earlier rows (a recall) are replaced, whatever station */
    static void record(Connection c, Order order, String stationId, List<OrderLine> lines, Instant startedAt,
                       Instant bumpedAt, ZoneId zone, boolean wholeOrder) throws SQLException {
        long total = Math.max(0, Duration.between(startedAt, bumpedAt).toSeconds());
        long waited = order.paidAt() == null ? total : Math.max(0, Duration.between(order.paidAt(), bumpedAt).toSeconds());
        int target = lines.stream().mapToInt(l -> l.prepSeconds() * l.quantity()).sum();
        int units = lines.stream().mapToInt(OrderLine::quantity).sum();
        LocalDate day = SQL.first(c, "SELECT date FROM business_days WHERE id = ?",
                rs -> rs.getObject(1, LocalDate.class), order.businessDayId()).orElse(bumpedAt.atZone(zone).toLocalDate());
        int hour = bumpedAt.atZone(zone).getHour();
        if (wholeOrder) {
            SQL.update(c, "DELETE FROM prep_time_history WHERE order_id = ?", order.id());
        } else {
            SQL.update(c, "DELETE FROM prep_time_history WHERE order_id = ? AND station_id = ?", order.id(), stationId);
        }
        for (OrderLine line : lines) {
            long perUnit = target > 0 ? Math.round((double) total * line.prepSeconds() / target)
                    : Math.round((double) total / Math.max(1, units));
            SQL.update(c, "INSERT INTO prep_time_history (order_id, item_id, day, hour, seconds, recorded_at, station_id, "
                            + "target_seconds, ticket_waited_seconds, ticket_target_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    order.id(), line.itemId(), day, hour, perUnit, bumpedAt, stationId, line.prepSeconds(), waited, target);
        }
        SQL.update(c, "INSERT INTO part_times (order_id, station_id, day, hour, prep_seconds, waited_seconds, "
                + "target_seconds, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (order_id, station_id) DO UPDATE "
                + "SET day = excluded.day, hour = excluded.hour, prep_seconds = excluded.prep_seconds, "
                + "waited_seconds = excluded.waited_seconds, target_seconds = excluded.target_seconds, "
                + "recorded_at = excluded.recorded_at", order.id(), stationId, day, hour, total, waited, target, bumpedAt);
    }
}
