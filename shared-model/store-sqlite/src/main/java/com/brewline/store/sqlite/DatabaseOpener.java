package com.brewline.store.sqlite;

import com.brewline.config.PrivateFiles;
import com.brewline.store.StoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens a database file only when it is safe to: each problem becomes one clear message naming
 * the file, checked before anything is written (a newer or damaged database is left as it was).
 */
final class DatabaseOpener {

    private DatabaseOpener() {
    }

    static SqliteDatabase open(Path dbFile, boolean readOnlyRequested, Runnable afterCommit, int busyTimeoutMillis) {
        Path file = dbFile.toAbsolutePath().normalize();
        boolean exists = Files.exists(file);
        if (exists) {
            checkExistingFile(file);
        } else {
            checkCanCreate(file, readOnlyRequested);
        }
        boolean readOnly = readOnlyRequested || (exists && !Files.isWritable(file));
        if (!exists) {
            // owner-only from the first byte: SQLite gives the -wal and -shm files the database file's permissions
            try {
                PrivateFiles.createFileIfMissing(file);
            } catch (IOException e) {
                throw new StoreException("Cannot create the database " + file + ": " + e.getMessage(), e);
            }
        }
        if (exists && sizeOf(file) > 0) {
            probe(file, readOnly);
        }
        if (readOnly) {
            return new SqliteDatabase(file, true, afterCommit, busyTimeoutMillis);
        }
        setUp(file);
        return new SqliteDatabase(file, false, afterCommit, busyTimeoutMillis);
    }

    /** The tables every Brewline database has, from schema version 1 on. */
    private static final java.util.Set<String> BREWLINE_TABLES = java.util.Set.of("business_days", "day_events", "orders",
            "order_lines", "order_events", "payments", "refunds");

    /**
     * Opens an existing file for reading only (reports), writing nothing to it and creating nothing beside it
     * until it is known to be a Brewline database: an empty file, another application's SQLite file (or one
     * with an {@code orders} table of its own) is refused untouched. A file in a read-only place is read as
     * immutable, so a read-only database in a read-only folder can be reported on.
     */
    static SqliteDatabase openForReading(Path dbFile, Runnable afterCommit) {
        Path file = dbFile.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new StoreException("Cannot read the database " + file + ": no such file");
        }
        checkExistingFile(file);
        if (sizeOf(file) == 0) {
            throw new StoreException("Cannot read the database " + file + ": the file is empty, not a Brewline "
                    + "database (left untouched)");
        }
        checkHeader(file);
        boolean walInUse = Files.exists(Path.of(file + "-wal"));
        Path folder = file.getParent();
        boolean canShare = walInUse && folder != null && Files.isWritable(folder);
        // a file with no -wal is read as immutable (nothing written, nothing created); one in use through the log
        String url = canShare || walInUse ? "jdbc:sqlite:" + file : SqliteDatabase.immutableUrl(file);
        SqliteDatabase db = new SqliteDatabase(file, true, afterCommit, SqliteDatabase.BUSY_TIMEOUT_MILLIS, url);
        try (Connection connection = db.openPrivateConnection()) {
            int version = Schema.userVersion(connection);
            refuseNewer(file, version);
            java.util.Set<String> tables = new java.util.TreeSet<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                         + "AND name NOT LIKE 'sqlite_%'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (version < 1 || !tables.containsAll(BREWLINE_TABLES)) {
                java.util.Set<String> missing = new java.util.TreeSet<>(BREWLINE_TABLES);
                missing.removeAll(tables);
                throw new StoreException("Cannot read the database " + file + ": it is not a Brewline database "
                        + "(schema version " + version + ", tables " + (tables.isEmpty() ? "none" : tables)
                        + (missing.isEmpty() ? "" : ", missing " + missing) + "); the file was left untouched");
            }
        } catch (SQLException e) {
            throw SqliteDatabase.translate(file, e, "read it", null);
        }
        return db;
    }

    /** The first 16 bytes of every SQLite 3 database; read before SQLite touches the file. */
    private static void checkHeader(Path file) {
        byte[] expected = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] header = new byte[expected.length];
        int read;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new StoreException("Cannot read the database " + file + ": " + e.getMessage(), e);
        }
        if (read < header.length || !java.util.Arrays.equals(header, expected)) {
            throw new StoreException("Cannot read the database " + file + ": it is not an SQLite database, let alone a "
                    + "Brewline one (left untouched)");
        }
    }

    private static void checkExistingFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new StoreException("Cannot open the database " + file + ": it is a folder, not a database file");
        }
        if (!Files.isReadable(file)) {
            throw new StoreException("Cannot open the database " + file + ": no permission to read it");
        }
        // The header is left to SQLite (SQLITE_NOTADB): reading the file through a Java stream and closing
        // it would drop every POSIX lock this process holds on it, and another process would then
        // checkpoint and delete the WAL under this process's open connections.
    }

    private static void checkCanCreate(Path file, boolean readOnlyRequested) {
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new StoreException("Cannot open the database " + file + ": the folder " + folder + " does not exist");
        }
        if (readOnlyRequested) {
            throw new StoreException("Cannot open the database " + file + " for reading: the file does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw new StoreException("Cannot create the database " + file + ": no permission to write in " + folder);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new StoreException("Cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads the schema version and checks the pages without writing anything. */
    private static void probe(Path file, boolean readOnly) {
        try (Connection connection = SqliteDatabase.config(readOnly, false).createConnection("jdbc:sqlite:" + file);
             StatementCache.Release statements = StatementCache.releasing(connection)) {
            refuseNewer(file, Schema.userVersion(connection));
            List<String> problems = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("PRAGMA quick_check(5)")) {
                while (rs.next()) {
                    problems.add(rs.getString(1));
                }
            }
            if (!problems.equals(List.of("ok"))) {
                throw new StoreException("Cannot open the database " + file
                        + ": the file is corrupt; restore it from a backup (SQLite reports: " + problems + ")");
            }
            if (readOnly && Schema.userVersion(connection) < Schema.VERSION) {
                throw new StoreException("Cannot open the database " + file + ": it is read-only and needs its schema "
                        + "upgraded to version " + Schema.VERSION + " first; open it once from a writable location");
            }
        } catch (SQLException e) {
            throw SqliteDatabase.translate(file, e, "open it", null);
        }
    }

    private static void refuseNewer(Path file, int version) {
        if (version > Schema.VERSION) {
            throw new StoreException("Cannot open the database " + file + ": it was written by a newer Brewline (schema "
                    + "version " + version + "; this version knows up to " + Schema.VERSION
                    + "). The file was left unchanged; update Brewline to use it.");
        }
    }

    /** Switches the file to WAL (a persistent setting) and brings the schema up to date. */
    private static void setUp(Path file) {
        try (Connection connection = SqliteDatabase.config(false, true).createConnection("jdbc:sqlite:" + file);
             StatementCache.Release statements = StatementCache.releasing(connection)) {
            String mode = retryBusy(() -> {
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("PRAGMA journal_mode=WAL")) {
                    return rs.next() ? rs.getString(1) : "";
                }
            });
            if (!"wal".equalsIgnoreCase(mode)) {
                throw new StoreException("Cannot open the database " + file + ": SQLite could not switch it to "
                        + "write-ahead logging (journal mode stays '" + mode + "'); is the folder writable?");
            }
            retryBusy(() -> {
                SqliteDatabase.execute(connection, "BEGIN IMMEDIATE");
                try {
                    int version = Schema.userVersion(connection);
                    refuseNewer(file, version);
                    if (version < Schema.VERSION) {
                        Schema.migrate(connection, version);
                    }
                    SqliteDatabase.execute(connection, "COMMIT");
                } catch (SQLException | RuntimeException e) {
                    try {
                        SqliteDatabase.execute(connection, "ROLLBACK");
                    } catch (SQLException ignored) {
                        // nothing to roll back
                    }
                    throw e;
                }
                return null;
            });
        } catch (SQLException e) {
            throw SqliteDatabase.translate(file, e, "open it", null);
        }
    }

    private static <T> T retryBusy(SqlCall<T> call) throws SQLException {
        long started = System.nanoTime();
        for (int attempt = 0; ; attempt++) {
            try {
                return call.run();
            } catch (SQLException e) {
                if (!SqliteDatabase.isBusy(e) || System.nanoTime() - started > 60_000_000_000L) {
                    throw e;
                }
                try {
                    Thread.sleep(Math.min(100, 5L << Math.min(attempt, 5)));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T run() throws SQLException;
    }
}
