package com.brewline.store.sqlite;

import com.brewline.store.StaffAlert;
import com.brewline.store.StaffAlerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Staff alerts on SQLite (schema v3): one open row per source and kind, kept by a partial unique index. */
final class SqliteStaffAlerts implements StaffAlerts {
    private static final int MAX_TEXT = 500;
    private static final String COLUMNS = "SELECT id, source, kind, message, count, raised_at, last_at, resolved_at, "
            + "resolved_by FROM staff_alerts ";
    private final SqliteDatabase db;
    private final Clock clock;

    SqliteStaffAlerts(SqliteDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public long raise(String source, String kind, String message) {
        String text = message.length() > MAX_TEXT ? message.substring(0, MAX_TEXT) : message;
        return db.write("raise a staff alert", c -> {
            Instant now = clock.instant();
            int refreshed = Sql.update(c, "UPDATE staff_alerts SET message = ?, count = count + 1, last_at = ? "
                    + "WHERE source = ? AND kind = ? AND resolved_at IS NULL", text, now, source, kind);
            if (refreshed == 0) {
                return Sql.insert(c, "INSERT INTO staff_alerts (source, kind, message, raised_at, last_at) "
                        + "VALUES (?, ?, ?, ?, ?)", source, kind, text, now, now);
            }
            return Sql.count(c, "SELECT id FROM staff_alerts WHERE source = ? AND kind = ? AND resolved_at IS NULL",
                    source, kind);
        });
    }

    @Override
    public void resolve(String source, String kind, String by) {
        db.write("resolve a staff alert", c -> Sql.update(c, "UPDATE staff_alerts SET resolved_at = ?, resolved_by = ? "
                + "WHERE source = ? AND kind = ? AND resolved_at IS NULL", clock.instant(), by, source, kind));
    }

    @Override
    public void resolve(long id, String by) {
        db.write("resolve staff alert " + id, c -> Sql.update(c, "UPDATE staff_alerts SET resolved_at = ?, "
                + "resolved_by = ? WHERE id = ? AND resolved_at IS NULL", clock.instant(), by, id));
    }

    @Override
    public List<StaffAlert> open() {
        return db.read("read the open staff alerts", c -> Sql.list(c, COLUMNS + "WHERE resolved_at IS NULL "
                + "ORDER BY last_at DESC, id DESC", SqliteStaffAlerts::row));
    }

    @Override
    public List<StaffAlert> raisedBetween(String kind, Instant from, Instant to) {
        return db.read("read the staff alerts of a period", c -> Sql.list(c, COLUMNS + "WHERE kind = ? "
                + "AND raised_at >= ? AND raised_at < ? ORDER BY raised_at, id", SqliteStaffAlerts::row, kind, from, to));
    }

    private static StaffAlert row(ResultSet rs) throws SQLException {
        return new StaffAlert(rs.getLong("id"), rs.getString("source"), rs.getString("kind"), rs.getString("message"),
                rs.getInt("count"), Times.read(rs, "raised_at"), Times.read(rs, "last_at"),
                Times.read(rs, "resolved_at"), rs.getString("resolved_by"));
    }
}
