package com.brewline.store.postgres;

import com.brewline.store.StaffAlert;
import com.brewline.store.StaffAlerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Staff alerts on PostgreSQL (schema step 6): one open row per source and kind, kept by the partial unique
 * index {@code staff_alerts_open}. Raising is one upsert on that index, so two processes raising the same
 * problem at once make one alert with both counted; every write is one READ COMMITTED statement (ADR 0004).
 */
final class PgStaffAlerts implements StaffAlerts {
    private static final int MAX_TEXT = 500;
    private static final String COLUMNS = "SELECT id, source, kind, message, count, raised_at, last_at, resolved_at, "
            + "resolved_by FROM staff_alerts ";

    private final PgDatabase db;
    private final Clock clock;

    PgStaffAlerts(PgDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public long raise(String source, String kind, String message) {
        String text = message.length() > MAX_TEXT ? message.substring(0, MAX_TEXT) : message;
        return db.write("raise a staff alert", c -> PgSql.insert(c, "INSERT INTO staff_alerts (source, kind, message, "
                + "raised_at, last_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (source, kind) WHERE resolved_at IS NULL "
                + "DO UPDATE SET message = EXCLUDED.message, count = staff_alerts.count + 1, last_at = EXCLUDED.last_at "
                + "RETURNING id", source, kind, text, clock.instant(), clock.instant()));
    }

    @Override
    public void resolve(String source, String kind, String by) {
        db.write("resolve a staff alert", c -> PgSql.update(c, "UPDATE staff_alerts SET resolved_at = ?, resolved_by = ? "
                + "WHERE source = ? AND kind = ? AND resolved_at IS NULL", clock.instant(), by, source, kind));
    }

    @Override
    public void resolve(long id, String by) {
        db.write("resolve staff alert " + id, c -> PgSql.update(c, "UPDATE staff_alerts SET resolved_at = ?, "
                + "resolved_by = ? WHERE id = ? AND resolved_at IS NULL", clock.instant(), by, id));
    }

    @Override
    public List<StaffAlert> open() {
        return db.read("read the open staff alerts", c -> PgSql.list(c, COLUMNS + "WHERE resolved_at IS NULL "
                + "ORDER BY last_at DESC, id DESC", PgStaffAlerts::row));
    }

    @Override
    public List<StaffAlert> raisedBetween(String kind, Instant from, Instant to) {
        return db.read("read the staff alerts of a period", c -> PgSql.list(c, COLUMNS + "WHERE kind = ? "
                + "AND raised_at >= ? AND raised_at < ? ORDER BY raised_at, id", PgStaffAlerts::row, kind, from, to));
    }

    private static StaffAlert row(ResultSet rs) throws SQLException {
        return new StaffAlert(rs.getLong("id"), rs.getString("source"), rs.getString("kind"), rs.getString("message"),
                rs.getInt("count"), PgSql.time(rs, "raised_at"), PgSql.time(rs, "last_at"),
                PgSql.time(rs, "resolved_at"), rs.getString("resolved_by"));
    }
}
