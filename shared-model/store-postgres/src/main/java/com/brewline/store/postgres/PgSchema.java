package com.brewline.store.postgres;

import com.brewline.store.SchemaStatus;
import com.brewline.store.StoreException;
import com.brewline.store.schema.SchemaSteps;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static com.brewline.store.postgres.PgStatements.SQL;

/**
 * The PostgreSQL side of {@link SchemaSteps}: the versions applied are rows of {@code schema_version};
 * migrating runs in one transaction under an advisory lock, so two processes starting at once migrate
 * once and a failed step leaves the database as it was (DDL is transactional). A database with tables
 * of its own but no {@code schema_version} is not Brewline's and is refused untouched.
 */
final class PgSchema {
    /** pg_advisory_xact_lock key: "BREWLINE" in ASCII, so no other application's lock is taken by chance. */
    private static final long MIGRATION_LOCK = 0x4252_4557_4c49_4e45L;

    private PgSchema() {
    }

    static SchemaStatus check(Connection c, PostgresUrl url) throws SQLException {
        int found = version(c, url);
        String detail = "";
        if (found == SchemaSteps.VERSION) {
            List<String> missing = SQL.list(c, "SELECT t FROM unnest(?::text[]) t WHERE to_regclass(t) IS NULL",
                    rs -> rs.getString(1), c.createArrayOf("text", TABLES.toArray()));
            detail = missing.isEmpty() ? "all " + TABLES.size() + " tables present" : "tables missing: " + missing;
        }
        return new SchemaStatus("PostgreSQL", url.describe(), found, SchemaSteps.VERSION, detail);
    }

    static final List<String> TABLES = java.util.stream.Stream.concat(SchemaSteps.TABLES.stream(),
            java.util.stream.Stream.of("schema_version")).toList();

    /** The applied version; 0 for an empty database. */
    static int version(Connection c, PostgresUrl url) throws SQLException {
        boolean hasVersionTable = SQL.count(c, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
                + "AND tablename = 'schema_version'") > 0;
        if (!hasVersionTable) {
            long tables = SQL.count(c, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()");
            if (tables > 0) {
                throw new StoreException("Database " + url.describe() + " holds " + tables + " table(s) but no Brewline "
                        + "schema_version: it is not a Brewline database. It was left unchanged; give Brewline a "
                        + "database of its own (CREATE DATABASE brewline OWNER ...).");
            }
            return 0;
        }
        return (int) SQL.count(c, "SELECT coalesce(max(version), 0) FROM schema_version");
    }

    /** Brings the schema up to date in the caller's transaction; returns the version found before. */
    static int migrate(Connection c, PostgresUrl url) throws SQLException {
        SQL.first(c, "SELECT pg_advisory_xact_lock(?)", rs -> null, MIGRATION_LOCK);
        int found = version(c, url);
        if (found > SchemaSteps.VERSION) {
            throw newer(url, found);
        }
        if (found == 0) {
            PgDatabase.execute(c, "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                    + "applied_at BIGINT NOT NULL)");
        }
        for (SchemaSteps.Step step : SchemaSteps.STEPS) {
            if (step.version() <= found) {
                continue;
            }
            for (String sql : step.postgres()) {
                PgDatabase.execute(c, sql);
            }
            SQL.update(c, "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                    step.version(), step.why(), System.currentTimeMillis());
        }
        return found;
    }

    static StoreException newer(PostgresUrl url, int found) {
        return new StoreException("Cannot open the database " + url.describe() + ": it was written by a newer Brewline "
                + "(schema version " + found + "; this version knows up to " + SchemaSteps.VERSION
                + "). It was left unchanged; update Brewline to use it.");
    }
}
