package com.brewline.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Prepared statements (cached per connection) in one line each; every result set closed before returning. */
final class Sql {
    private Sql() {
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        PreparedStatement ps = StatementCache.prepare(c, sql);
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
            return rows;
        }
    }

    static <T> Optional<T> first(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        PreparedStatement ps = StatementCache.prepare(c, sql);
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.ofNullable(mapper.map(rs)) : Optional.empty();
        }
    }

    static long count(Connection c, String sql, Object... params) throws SQLException {
        return first(c, sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = StatementCache.prepare(c, sql);
        bind(ps, params);
        return ps.executeUpdate();
    }

    /** Inserts one row and returns its AUTOINCREMENT id. */
    static long insert(Connection c, String sql, Object... params) throws SQLException {
        update(c, sql, params);
        return count(c, "SELECT last_insert_rowid()");
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
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
                ps.setInt(index, b ? 1 : 0);
            } else if (p instanceof Enum<?> e) {
                ps.setString(index, e.name());
            } else {
                ps.setString(index, p.toString());
            }
        }
    }
}
