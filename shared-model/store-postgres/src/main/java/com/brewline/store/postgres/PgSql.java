package com.brewline.store.postgres;

import com.brewline.store.jdbc.RowMapper;
import com.brewline.store.jdbc.Statements;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Prepared statements in one line each; every statement and result set closed before returning.
 * The driver keeps server-side prepared statements per pooled connection (prepareThreshold), so a
 * statement used often is parsed once per connection. Times are epoch milliseconds, as on SQLite.
 * A list of ids is one {@code bigint[]} parameter ({@code = ANY(?)}).
 */
final class PgSql {
    static final Statements STATEMENTS = new Statements() {
        @Override
        protected PreparedStatement prepare(Connection c, String sql) throws SQLException {
            return c.prepareStatement(sql);
        }

        @Override
        protected void release(PreparedStatement ps) throws SQLException {
            ps.close();
        }

        @Override
        public String isAnyOf(String column) {
            return column + " = ANY(?)";
        }

        @Override
        public Object ids(Connection c, Collection<Long> ids) throws SQLException {
            return c.createArrayOf("bigint", ids.toArray());
        }

        @Override
        public long insert(Connection c, String sql, Object... params) throws SQLException {
            return first(c, sql + " RETURNING id", rs -> rs.getLong(1), params).orElseThrow();
        }

        @Override
        protected void bindDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
            ps.setObject(index, date);
        }
    };

    private PgSql() {
    }

    static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        return STATEMENTS.list(c, sql, mapper, params);
    }

    static <T> Optional<T> first(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        return STATEMENTS.first(c, sql, mapper, params);
    }

    static long count(Connection c, String sql, Object... params) throws SQLException {
        return STATEMENTS.count(c, sql, params);
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        return STATEMENTS.update(c, sql, params);
    }

    /** Inserts one row and returns its generated id. */
    static long insert(Connection c, String sql, Object... params) throws SQLException {
        return STATEMENTS.insert(c, sql, params);
    }
}
