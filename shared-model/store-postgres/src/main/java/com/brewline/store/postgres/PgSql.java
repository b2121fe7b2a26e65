package com.brewline.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Array;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prepared statements in one line each; every statement and result set closed before returning.
 * The driver keeps server-side prepared statements per pooled connection (prepareThreshold), so a
 * statement used often is parsed once per connection. Times are epoch milliseconds, as on SQLite.
 */
final class PgSql {
    private PgSql() {
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        }
    }

    static <T> Optional<T> first(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(mapper.map(rs)) : Optional.empty();
            }
        }
    }

    static long count(Connection c, String sql, Object... params) throws SQLException {
        return first(c, sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    /** Inserts one row and returns its generated id ({@code sql} ends in RETURNING id). */
    static long insert(Connection c, String sql, Object... params) throws SQLException {
        return first(c, sql, rs -> rs.getLong(1), params).orElseThrow();
    }

    static Instant time(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
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
                ps.setBoolean(index, b);
            } else if (p instanceof Enum<?> e) {
                ps.setString(index, e.name());
            } else if (p instanceof LocalDate d) {
                ps.setObject(index, d);
            } else if (p instanceof Array a) {
                ps.setArray(index, a);
            } else {
                ps.setString(index, p.toString());
            }
        }
    }
}
