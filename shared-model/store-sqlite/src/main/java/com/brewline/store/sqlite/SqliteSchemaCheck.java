package com.brewline.store.sqlite;

import com.brewline.store.SchemaStatus;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static com.brewline.store.sqlite.SqliteStatements.SQL;

/** {@code brewline db check} on SQLite: the schema version and the tables, read without writing anything. */
final class SqliteSchemaCheck {
    static final List<String> TABLES = com.brewline.store.schema.SchemaSteps.TABLES;

    private SqliteSchemaCheck() {
    }

    static SchemaStatus check(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try (Connection c = SqliteDatabase.config(true, false).createConnection("jdbc:sqlite:" + absolute);
             StatementCache.Release statements = StatementCache.releasing(c)) {
            int version = Schema.userVersion(c);
            List<String> missing = new ArrayList<>();
            for (String table : TABLES) {
                if (SQL.count(c, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", table) == 0) {
                    missing.add(table);
                }
            }
            String detail = version == 0 ? "" : missing.isEmpty() ? "all " + TABLES.size() + " tables present"
                    : "tables missing: " + missing;
            return new SchemaStatus("SQLite", absolute.toString(), version, Schema.VERSION, detail);
        } catch (SQLException e) {
            throw SqliteDatabase.translate(absolute, e, "check its schema", null);
        }
    }
}
