package com.brewline.store.sqlite;

import com.brewline.store.jdbc.Statements;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Prepared statements cached per connection (SQLite compiles a text once per connection), in one line each; every
 * result set closed before returning. A list of ids is one JSON parameter read by {@code json_each}: one statement
 * text whatever the number of ids, so it is compiled once too.
 */
final class SqliteStatements extends Statements {
    static final SqliteStatements SQL = new SqliteStatements();

    private SqliteStatements() {
    }

    @Override
    protected PreparedStatement prepare(Connection c, String sql) throws SQLException {
        return StatementCache.prepare(c, sql);
    }

    @Override
    protected void release(PreparedStatement ps) {
        // kept in the connection's cache for the next use
    }

    @Override
    public String isAnyOf(String column) {
        return column + " IN (SELECT value FROM json_each(?))";
    }

    @Override
    public Object ids(Connection c, Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }

    @Override
    public long insert(Connection c, String sql, Object... params) throws SQLException {
        update(c, sql, params);
        return count(c, "SELECT last_insert_rowid()");
    }

    @Override
    protected void bindDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        ps.setString(index, date.toString()); // dates are ISO text on SQLite
    }
}
