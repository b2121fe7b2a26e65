package com.brewline.store.jdbc;

import com.brewline.kitchen.StationRouting;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Keeps how long items really took, for good (the owner's figures and future estimates), the same on both engines.
 * A ticket's time from started to bumped is shared among its lines in proportion to their menu prep times, and
 * stored per unit of each line, with the ticket's wait since payment and its target (whether it turned late is
 * decided when the figures are read). A ticket is the whole order at a shop with one station (recorded when it
 * turns READY), or one station's part (recorded at each part's bump). A recalled ticket bumped again replaces its
 * rows. Runs inside the caller's write transaction.
 */
public final class PrepTimes {
    private PrepTimes() {
    }

    /** One station bumped its part of the order. */
    public static void recordPart(Statements sql, Connection c, Order order, String stationId, List<OrderLine> lines,
                                  Instant claimedAt, Instant bumpedAt, ZoneId zone) throws SQLException {
        sql.update(c, "DELETE FROM prep_time_history WHERE order_id = ? AND station_id = ?", order.id(), stationId);
        record(sql, c, order, stationId, lines, claimedAt, bumpedAt, zone);
    }

    /** The whole order turned READY at a shop with one station: its earlier rows (a recall) are replaced. */
    public static void recordWholeOrder(Statements sql, Connection c, Order order, Instant startedAt, Instant readyAt,
                                        ZoneId zone) throws SQLException {
        sql.update(c, "DELETE FROM prep_time_history WHERE order_id = ?", order.id());
        record(sql, c, order, StationRouting.SINGLE_STATION_ID, order.lines(), startedAt, readyAt, zone);
    }

    private static void record(Statements sql, Connection c, Order order, String stationId, List<OrderLine> lines,
                               Instant startedAt, Instant bumpedAt, ZoneId zone) throws SQLException {
        long totalSeconds = Math.max(0, Duration.between(startedAt, bumpedAt).toSeconds());
        long waited = order.paidAt() == null ? totalSeconds
                : Math.max(0, Duration.between(order.paidAt(), bumpedAt).toSeconds());
        int target = lines.stream().mapToInt(l -> l.prepSeconds() * l.quantity()).sum();
        int units = lines.stream().mapToInt(OrderLine::quantity).sum();
        LocalDate day = sql.first(c, "SELECT date FROM business_days WHERE id = ?",
                rs -> LocalDate.parse(rs.getString(1)), order.businessDayId())
                .orElse(bumpedAt.atZone(zone).toLocalDate());
        int hour = bumpedAt.atZone(zone).getHour();
        for (OrderLine line : lines) {
            long perUnit = target > 0 ? Math.round((double) totalSeconds * line.prepSeconds() / target)
                    : Math.round((double) totalSeconds / Math.max(1, units));
            sql.update(c, "INSERT INTO prep_time_history (order_id, item_id, day, hour, seconds, recorded_at, station_id, "
                            + "target_seconds, ticket_waited_seconds, ticket_target_seconds) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    order.id(), line.itemId(), day, hour, perUnit, bumpedAt, stationId, line.prepSeconds(), waited, target);
        }
        // the part's one row, replaced when it is bumped again (the same upsert on both engines)
        sql.update(c, "INSERT INTO part_times (order_id, station_id, day, hour, prep_seconds, waited_seconds, "
                + "target_seconds, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (order_id, station_id) "
                + "DO UPDATE SET day = excluded.day, hour = excluded.hour, prep_seconds = excluded.prep_seconds, "
                + "waited_seconds = excluded.waited_seconds, target_seconds = excluded.target_seconds, "
                + "recorded_at = excluded.recorded_at", order.id(), stationId, day, hour, totalSeconds, waited, target,
                bumpedAt);
    }
}
