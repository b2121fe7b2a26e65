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
final class BareInsertBench {
    private BareInsertBench() {
    }

    /** @return rows committed per second */
    static double run(Path file, int maxRows, long maxMillis) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setBusyTimeout(5_000);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE IF NOT EXISTS bare (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                        + "kiosk TEXT NOT NULL, total INTEGER NOT NULL, created_at INTEGER NOT NULL)");
            }
            c.setAutoCommit(false);
            int rows = 0;
            long start = System.nanoTime();
            long stop = start + maxMillis * 1_000_000;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO bare (kiosk, total, created_at) VALUES (?, ?, ?)")) {
                while (rows < maxRows && System.nanoTime() < stop) {
                    insert.setString(1, "K1");
                    insert.setLong(2, 4500);
                    insert.setLong(3, System.currentTimeMillis());
                    insert.executeUpdate();
                    c.commit();
                    rows++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return rows / seconds;
        }
    }
}
