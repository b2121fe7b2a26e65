package com.brewline.store.jdbc;

import com.brewline.store.StaffAlert;
import com.brewline.store.StaffAlerts;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Staff alerts, one logic for both engines: one open row per source and kind (a partial unique index on both).
 * Raising is the engine's own statement ({@link Raise}); resolving and reading are the same SQL everywhere, each
 * one statement in the engine's transaction.
 */
public final class JdbcStaffAlerts implements StaffAlerts {
    private static final int MAX_TEXT = 500;
    private static final String COLUMNS = "SELECT id, source, kind, message, count, raised_at, last_at, resolved_at, "
            + "resolved_by FROM staff_alerts ";

    /** Opens the alert or counts it again if one of the same source and kind is open; returns its id. */
    @FunctionalInterface
    public interface Raise {
        long raise(Connection c, String source, String kind, String message, Instant now) throws SQLException;
    }

    private final Transactions db;
    private final Statements sql;
    private final Clock clock;
    private final Raise raise;

    public JdbcStaffAlerts(Transactions db, Statements sql, Clock clock, Raise raise) {
        this.db = db;
        this.sql = sql;
        this.clock = clock;
        this.raise = raise;
    }

    @Override
    public long raise(String source, String kind, String message) {
        String text = message.length() > MAX_TEXT ? message.substring(0, MAX_TEXT) : message;
        return db.write("raise a staff alert", c -> raise.raise(c, source, kind, text, clock.instant()));
    }

    @Override
    public void resolve(String source, String kind, String by) {
        db.write("resolve a staff alert", c -> sql.update(c, "UPDATE staff_alerts SET resolved_at = ?, resolved_by = ? "
                + "WHERE source = ? AND kind = ? AND resolved_at IS NULL", clock.instant(), by, source, kind));
    }

    @Override
    public void resolve(long id, String by) {
        db.write("resolve staff alert " + id, c -> sql.update(c, "UPDATE staff_alerts SET resolved_at = ?, "
                + "resolved_by = ? WHERE id = ? AND resolved_at IS NULL", clock.instant(), by, id));
    }

    @Override
    public List<StaffAlert> open() {
        return db.read("read the open staff alerts", c -> sql.list(c, COLUMNS + "WHERE resolved_at IS NULL "
                + "ORDER BY last_at DESC, id DESC", JdbcStaffAlerts::row));
    }

    @Override
    public List<StaffAlert> raisedBetween(String kind, Instant from, Instant to) {
        return db.read("read the staff alerts of a period", c -> sql.list(c, COLUMNS + "WHERE kind = ? "
                + "AND raised_at >= ? AND raised_at < ? ORDER BY raised_at, id", JdbcStaffAlerts::row, kind, from, to));
    }

    private static StaffAlert row(ResultSet rs) throws SQLException {
        return new StaffAlert(rs.getLong("id"), rs.getString("source"), rs.getString("kind"), rs.getString("message"),
                rs.getInt("count"), Statements.time(rs, "raised_at"), Statements.time(rs, "last_at"),
                Statements.time(rs, "resolved_at"), rs.getString("resolved_by"));
    }
}
