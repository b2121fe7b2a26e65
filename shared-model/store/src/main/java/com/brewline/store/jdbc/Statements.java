package com.brewline.store.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Prepared statements in one line each, every result set closed before returning. An engine says how a statement
 * is prepared and let go (SQLite keeps it in its per-connection cache; PostgreSQL closes it, its driver keeping the
 * server-side statement) and how "one of these ids" is written with a single parameter. Times are bound and read as
 * epoch milliseconds on both engines.
 */
public abstract class Statements {
    /** The statement for {@code sql} on this connection. */
    protected abstract PreparedStatement prepare(Connection c, String sql) throws SQLException;

    /** Done with a statement from {@link #prepare}: its result set is already closed. */
    protected abstract void release(PreparedStatement ps) throws SQLException;

    /** The condition "{@code column} is one of the ids" with one parameter, bound to {@link #ids}. */
    public abstract String isAnyOf(String column);

    /** The one parameter of {@link #isAnyOf} for these ids. */
    public abstract Object ids(Connection c, Collection<Long> ids) throws SQLException;

    public final <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        PreparedStatement ps = prepare(c, sql);
        try {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        } finally {
            release(ps);
        }
    }

    public final <T> Optional<T> first(Connection c, String sql, RowMapper<T> mapper, Object... params)
            throws SQLException {
        PreparedStatement ps = prepare(c, sql);
        try {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(mapper.map(rs)) : Optional.empty();
            }
        } finally {
            release(ps);
        }
    }

    public final long count(Connection c, String sql, Object... params) throws SQLException {
        return first(c, sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    public final int update(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = prepare(c, sql);
        try {
            bind(ps, params);
            return ps.executeUpdate();
        } finally {
            release(ps);
        }
    }

    /** Inserts one row (a plain INSERT into a table whose key is {@code id}) and returns its generated id. */
    public abstract long insert(Connection c, String sql, Object... params) throws SQLException;

    /** Binds by type: times as epoch millis, enums by name, null as SQL NULL. */
    public final void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int index = i + 1;
            if (p == null) {
                ps.setNull(index, Types.NULL);
            } else if (p instanceof Instant instant) {
                ps.setLong(index, instant.toEpochMilli());
            } else if (p instanceof Long l) {
                ps.setLong(index, l);
            } else if (p instanceof Integer n) {
                ps.setInt(index, n);
            } else if (p instanceof Boolean b) {
                ps.setBoolean(index, b); // SQLite's driver stores 1 or 0, PostgreSQL's a boolean
            } else if (p instanceof Enum<?> e) {
                ps.setString(index, e.name());
            } else if (p instanceof LocalDate d) {
                bindDate(ps, index, d);
            } else if (p instanceof Array a) {
                ps.setArray(index, a);
            } else {
                ps.setString(index, p.toString());
            }
        }
    }

    /** A date as the engine stores it: PostgreSQL's DATE; SQLite's ISO text. */
    protected abstract void bindDate(PreparedStatement ps, int index, LocalDate date) throws SQLException;

    /** A time column (epoch milliseconds), null while it has not happened. */
    public static Instant time(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
