package com.brewline.store.sqlite;

import com.brewline.kitchen.StationRouting;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static com.brewline.store.sqlite.SqliteStatements.SQL;

/**
 * Keeps how long items really took, for good (the owner's figures and future estimates). A ticket's time from
 * started to bumped is shared among its lines in proportion to their menu prep times, and stored per unit of
 * each line, with the ticket's wait since payment and its target (whether it turned late is decided when the
 * figures are read). A ticket is the whole order at a shop with one station (recorded when it turns READY), or
 * one station's part (recorded at each part's bump). A recalled ticket that is bumped again replaces its rows.
 */
final class PrepTimeRecorder {
    private PrepTimeRecorder() {
    }

    /** The order turned READY: recorded here unless its stations recorded their parts at their bumps. */
    static void record(Connection c, Order order, Instant readyAt, ZoneId zone) throws SQLException {
        if (order.startedAt() == null
                || SQL.count(c, "SELECT count(*) FROM order_parts WHERE order_id = ?", order.id()) > 0) {
            return;
        }
        SQL.update(c, "DELETE FROM prep_time_history WHERE order_id = ?", order.id());
        recordTicket(c, order, StationRouting.SINGLE_STATION_ID, order.lines(), order.startedAt(), readyAt, zone);
    }

    /** One station bumped its part of the order. */
    static void recordPart(Connection c, Order order, String stationId, List<OrderLine> lines, Instant claimedAt,
                           Instant bumpedAt, ZoneId zone) throws SQLException {
        if (claimedAt == null) {
            return;
        }
        SQL.update(c, "DELETE FROM prep_time_history WHERE order_id = ? AND station_id = ?", order.id(), stationId);
        recordTicket(c, order, stationId, lines, claimedAt, bumpedAt, zone);
    }

    private static void recordTicket(Connection c, Order order, String stationId, List<OrderLine> lines,
                                     Instant startedAt, Instant bumpedAt, ZoneId zone) throws SQLException {
        long totalSeconds = Math.max(0, Duration.between(startedAt, bumpedAt).toSeconds());
        long waited = order.paidAt() == null ? totalSeconds
                : Math.max(0, Duration.between(order.paidAt(), bumpedAt).toSeconds());
        int target = lines.stream().mapToInt(l -> l.prepSeconds() * l.quantity()).sum();
        int units = lines.stream().mapToInt(OrderLine::quantity).sum();
        String day = SQL.first(c, "SELECT date FROM business_days WHERE id = ?", rs -> rs.getString(1),
                order.businessDayId()).orElse(bumpedAt.atZone(zone).toLocalDate().toString());
        int hour = bumpedAt.atZone(zone).getHour();
        for (OrderLine line : lines) {
            long perUnit = target > 0 ? Math.round((double) totalSeconds * line.prepSeconds() / target)
                    : Math.round((double) totalSeconds / Math.max(1, units));
            SQL.update(c, "INSERT INTO prep_time_history (order_id, item_id, day, hour, seconds, recorded_at, station_id, "
                            + "target_seconds, ticket_waited_seconds, ticket_target_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    order.id(), line.itemId(), day, hour, perUnit, bumpedAt, stationId, line.prepSeconds(), waited, target);
        }
        SQL.update(c, "INSERT OR REPLACE INTO part_times (order_id, station_id, day, hour, prep_seconds, waited_seconds, "
                + "target_seconds, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", order.id(), stationId, day, hour,
                totalSeconds, waited, target, bumpedAt);
    }
}
