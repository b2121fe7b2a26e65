package com.brewline.cli;

import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The machine's limit for comparison: one small row per transaction on a plain JDBC connection with the
 * store's durability (SQLite: WAL, synchronous=FULL, BEGIN IMMEDIATE; PostgreSQL: synchronous_commit=on), nothing else.
 */
final class BareInsertBench implements AutoCloseable {
    private final Connection connection;
    private final PreparedStatement insert;

    private final String dropAtClose;

    private BareInsertBench(Connection connection, String createTable, String table, boolean drop) throws SQLException {
        this.connection = connection;
        try (Statement s = connection.createStatement()) {
            s.executeUpdate(createTable);
        }
        connection.setAutoCommit(false);
        this.insert = connection.prepareStatement("INSERT INTO " + table + " (kiosk, total, created_at) VALUES (?, ?, ?)");
        this.dropAtClose = drop ? "DROP TABLE " + table : null;
    }

    static BareInsertBench open(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setBusyTimeout(5_000);
        return new BareInsertBench(config.createConnection("jdbc:sqlite:" + file), "CREATE TABLE IF NOT EXISTS bare ("
                + "id INTEGER PRIMARY KEY AUTOINCREMENT, kiosk TEXT NOT NULL, total INTEGER NOT NULL, "
                + "created_at INTEGER NOT NULL)", "bare", false);
    }

    /**
     * The same loop on a PostgreSQL server, in a table of its own beside the store's (dropped afterwards), with the
     * store's durability: synchronous_commit=on, one row per transaction.
     */
    static BareInsertBench openPostgres(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET synchronous_commit = on");
        }
        return new BareInsertBench(connection, "CREATE TABLE bench_bare_insert (id BIGINT GENERATED ALWAYS AS IDENTITY "
                + "PRIMARY KEY, kiosk TEXT NOT NULL, total BIGINT NOT NULL, created_at BIGINT NOT NULL)",
                "bench_bare_insert", true);
    }

    /** Commits up to {@code maxRows} rows, one per transaction, until {@code stopNanos}; returns the rows. */
    int insertRows(int maxRows, long stopNanos) throws SQLException {
        int rows = 0;
        while (rows < maxRows && System.nanoTime() < stopNanos) {
            insert.setString(1, "K1");
            insert.setLong(2, 4500);
            insert.setLong(3, System.currentTimeMillis());
            insert.executeUpdate();
            connection.commit();
            rows++;
        }
        return rows;
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        if (dropAtClose != null) {
            try (Statement s = connection.createStatement()) {
                s.execute(dropAtClose);
            }
            connection.commit();
        }
        connection.close();
    }
}
