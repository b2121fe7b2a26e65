package com.brewline.store.sqlite;

import com.brewline.store.schema.SchemaSteps;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema's SQLite steps from {@link SchemaSteps} (both engines' steps side by side, one place);
 * PRAGMA user_version is the number applied. A database from a newer Brewline (user_version above
 * {@link #VERSION}) is refused before anything is written.
 */
final class Schema {
    private static final String OPEN_STATUSES = SchemaSteps.OPEN_STATUSES;

    /** Step N's SQLite statements at index N-1 (the steps of both engines live side by side in SchemaSteps). */
    private static final List<List<String>> MIGRATIONS = SchemaSteps.STEPS.stream().map(SchemaSteps.Step::sqlite).toList();

    /** The schema version this code writes. */
    static final int VERSION = MIGRATIONS.size();

    private Schema() {
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Applies the missing migrations; the caller holds the write transaction. */
    static void migrate(Connection connection, int from) throws SQLException {
        migrate(connection, from, VERSION);
    }

    /** Brings the schema from version {@code from} to {@code to} (tests build an older database with it). */
    static void migrate(Connection connection, int from, int to) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (int version = from; version < to; version++) {
                if (version == 2) {
                    refuseSharedOpenNumbers(statement);
                }
                for (String sql : MIGRATIONS.get(version)) {
                    statement.execute(sql);
                }
            }
            // user_version cannot be a bound parameter; it is our own number
            statement.execute("PRAGMA user_version = " + to);
        }
    }

    /**
     * Before version 3's index: two open orders sharing a number (the bug it closes) would make it fail with
     * SQLite's bare "UNIQUE constraint failed". Say what to do instead; the whole upgrade is rolled back.
     */
    private static void refuseSharedOpenNumbers(Statement statement) throws SQLException {
        List<String> shared = new java.util.ArrayList<>();
        try (ResultSet rs = statement.executeQuery("SELECT pickup_number, count(*) FROM orders WHERE status IN "
                + OPEN_STATUSES + " GROUP BY pickup_number HAVING count(*) > 1 ORDER BY pickup_number LIMIT 10")) {
            while (rs.next()) {
                shared.add("#" + rs.getInt(1) + " (" + rs.getInt(2) + " orders)");
            }
        }
        if (!shared.isEmpty()) {
            throw new com.brewline.store.StoreException("Cannot upgrade the database: open orders share pickup numbers "
                    + shared + " across business days. Finish them (picked up or cancelled) with the previous version "
                    + "first; nothing was changed.");
        }
    }

    static String openStatuses() {
        return OPEN_STATUSES;
    }
}
