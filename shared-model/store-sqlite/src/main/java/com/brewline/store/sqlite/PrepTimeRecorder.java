package com.brewline.store.sqlite;

import com.brewline.model.Order;
import com.brewline.model.OrderLine;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Keeps how long items really took, for good (the owner's figures and future estimates). An order's
 * time from started to ready is shared among its lines in proportion to their menu prep times, and
 * stored per unit of each line. A recalled ticket that is bumped again replaces its earlier rows.
 */
final class PrepTimeRecorder {
    private PrepTimeRecorder() {
    }

    static void record(Connection c, Order order, Instant readyAt, ZoneId zone) throws SQLException {
        if (order.startedAt() == null) {
            return;
        }
        long totalSeconds = Math.max(0, Duration.between(order.startedAt(), readyAt).toSeconds());
        int target = order.prepTargetSeconds();
        int units = order.itemCount();
        String day = Sql.first(c, "SELECT date FROM business_days WHERE id = ?", rs -> rs.getString(1),
                order.businessDayId()).orElse(readyAt.atZone(zone).toLocalDate().toString());
        int hour = readyAt.atZone(zone).getHour();
        Sql.update(c, "DELETE FROM prep_time_history WHERE order_id = ?", order.id());
        for (OrderLine line : order.lines()) {
            long perUnit = target > 0 ? Math.round((double) totalSeconds * line.prepSeconds() / target)
                    : Math.round((double) totalSeconds / Math.max(1, units));
            Sql.update(c, "INSERT INTO prep_time_history (order_id, item_id, day, hour, seconds, recorded_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", order.id(), line.itemId(), day, hour, perUnit, readyAt);
        }
    }
}
