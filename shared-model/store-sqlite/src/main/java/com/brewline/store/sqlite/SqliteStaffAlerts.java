package com.brewline.store.sqlite;

import com.brewline.store.StaffAlerts;
import com.brewline.store.jdbc.JdbcStaffAlerts;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

import static com.brewline.store.sqlite.SqliteStatements.SQL;

/**
 * Staff alerts on SQLite (schema v3): the shared logic ({@link JdbcStaffAlerts}); raising refreshes the open row
 * or inserts one, inside BEGIN IMMEDIATE, so two processes raising at once make one alert with both counted.
 */
final class SqliteStaffAlerts {
    private SqliteStaffAlerts() {
    }

    static StaffAlerts open(SqliteDatabase db, Clock clock) {
        return new JdbcStaffAlerts(db, SQL, clock, SqliteStaffAlerts::raise);
    }

    private static long raise(Connection c, String source, String kind, String text, Instant now) throws SQLException {
        int refreshed = SQL.update(c, "UPDATE staff_alerts SET message = ?, count = count + 1, last_at = ? "
                + "WHERE source = ? AND kind = ? AND resolved_at IS NULL", text, now, source, kind);
        if (refreshed == 0) {
            return SQL.insert(c, "INSERT INTO staff_alerts (source, kind, message, raised_at, last_at) "
                    + "VALUES (?, ?, ?, ?, ?)", source, kind, text, now, now);
        }
        return SQL.count(c, "SELECT id FROM staff_alerts WHERE source = ? AND kind = ? AND resolved_at IS NULL",
                source, kind);
    }
}
