package com.brewline.cli;

import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The machine's limit for comparison: one small row per transaction on a plain JDBC connection with the
 * store's durability (WAL, synchronous=FULL, BEGIN IMMEDIATE), nothing else.
 */
final class BareInsertBench implements AutoCloseable {
    private final Connection connection;
    private final PreparedStatement insert;

    private BareInsertBench(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("CREATE TABLE IF NOT EXISTS bare (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                    + "kiosk TEXT NOT NULL, total INTEGER NOT NULL, created_at INTEGER NOT NULL)");
        }
        connection.setAutoCommit(false);
        this.insert = connection.prepareStatement("INSERT INTO bare (kiosk, total, created_at) VALUES (?, ?, ?)");
    }

    static BareInsertBench open(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setBusyTimeout(5_000);
        return new BareInsertBench(config.createConnection("jdbc:sqlite:" + file));
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
        connection.close();
    }
}
