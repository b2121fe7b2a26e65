package com.brewline.store.postgres;

import com.brewline.store.jdbc.Statements;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Prepared statements in one line each; every statement and result set closed before returning.
 * The driver keeps server-side prepared statements per pooled connection (prepareThreshold), so a
 * statement used often is parsed once per connection. Times are epoch milliseconds, as on SQLite.
 * A list of ids is one {@code bigint[]} parameter ({@code = ANY(?)}).
 */
final class PgStatements extends Statements {
    static final PgStatements SQL = new PgStatements();

    private PgStatements() {
    }

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
}
