package com.brewline.store.postgres;

import com.brewline.store.StaffAlerts;
import com.brewline.store.jdbc.JdbcStaffAlerts;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

import static com.brewline.store.postgres.PgStatements.SQL;

/**
 * Staff alerts on PostgreSQL (schema step 6): the shared logic ({@link JdbcStaffAlerts}); raising is one upsert on
 * the partial unique index {@code staff_alerts_open}, so two processes raising the same problem at once make one
 * alert with both counted; every write is one READ COMMITTED statement (ADR 0004).
 */
final class PgStaffAlerts {
    private PgStaffAlerts() {
    }

    static StaffAlerts open(PgDatabase db, Clock clock) {
        return new JdbcStaffAlerts(db, SQL, clock, PgStaffAlerts::raise);
    }

    private static long raise(Connection c, String source, String kind, String text, Instant now) throws SQLException {
        return SQL.first(c, "INSERT INTO staff_alerts (source, kind, message, raised_at, last_at) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (source, kind) WHERE resolved_at IS NULL "
                + "DO UPDATE SET message = EXCLUDED.message, count = staff_alerts.count + 1, last_at = EXCLUDED.last_at "
                + "RETURNING id", rs -> rs.getLong(1), source, kind, text, now, now).orElseThrow();
    }
}
