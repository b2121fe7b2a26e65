package com.brewline.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prepared statements kept per connection: SQLite compiles each SQL text once per connection
 * instead of once per use (a commit would otherwise spend more time compiling than syncing).
 * Each connection belongs to one thread, so its own map needs no locking. The SQL texts are the
 * store's constants, so a cache holds a few dozen statements at most.
 */
final class StatementCache {
    private static final Map<Connection, Map<String, PreparedStatement>> CACHES = new ConcurrentHashMap<>();

    private StatementCache() {
    }

    static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        Map<String, PreparedStatement> cache = CACHES.computeIfAbsent(connection, c -> new HashMap<>());
        PreparedStatement statement = cache.get(sql);
        if (statement == null || statement.isClosed()) {
            statement = connection.prepareStatement(sql);
            cache.put(sql, statement);
        }
        return statement;
    }

    /** For try-with-resources around a short-lived connection: forgets its statements before it closes. */
    static Release releasing(Connection connection) {
        return () -> forget(connection);
    }

    interface Release extends AutoCloseable {
        @Override
        void close();
    }

    /** Closes and forgets a connection's statements; call before closing the connection. */
    static void forget(Connection connection) {
        Map<String, PreparedStatement> cache = CACHES.remove(connection);
        if (cache != null) {
            cache.values().forEach(SqliteDatabase::closeQuietly);
        }
    }
}
