package com.brewline.store.postgres;

import com.brewline.store.jdbc.ChangeFeedThread;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static com.brewline.store.postgres.PgStatements.SQL;

/**
 * LISTEN/NOTIFY as a wake-up, the committed rows as the truth. One daemon thread holds a connection
 * of its own (outside the pool) that LISTENs on {@code brewline_changes}; every committed change of a
 * row notifies it (a trigger, schema step 1). A notification carries nothing: listeners re-read the
 * rows. A missed notification costs latency, never an order: the thread also re-reads the
 * {@code brewline_changes} counter (moved by the same trigger) every {@value #RECHECK_MILLIS} ms and wakes the
 * listeners when it moved with no notification, and wakes them after every reconnect (whatever happened
 * while it was away).
 */
final class PgChangeFeed extends ChangeFeedThread {
    private static final Logger LOG = LoggerFactory.getLogger(PgChangeFeed.class);
    static final String CHANNEL = "brewline_changes";
    static final long RECHECK_MILLIS = 2_000;
    private static final int WAIT_MILLIS = 250;

    private final PgDatabase db;

    PgChangeFeed(PgDatabase db) {
        super(db.url().describe());
        this.db = db;
    }

    @Override
    protected void watch() {
        Connection connection = null;
        long lastCounter = -1;
        long nextRecheck = 0;
        boolean wasDown = false;
        while (!isClosed()) {
            try {
                if (connection == null) {
                    connection = db.openPrivateConnection();
                    PgDatabase.execute(connection, "LISTEN " + CHANNEL);
                    lastCounter = counter(connection);
                    if (wasDown) {
                        LOG.info("Change feed of {} is back", db.url().describe());
                        notifyListeners(); // whatever was committed while we were away
                        wasDown = false;
                    }
                }
                PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications(WAIT_MILLIS);
                if (isClosed()) {
                    break;
                }
                if (notifications != null && notifications.length > 0) {
                    lastCounter = counter(connection);
                    notifyListeners();
                } else if (System.nanoTime() - nextRecheck >= 0) {
                    long now = counter(connection);
                    if (now != lastCounter) {
                        LOG.debug("Change feed of {}: a change came without its notification", db.url().describe());
                        lastCounter = now;
                        notifyListeners();
                    }
                }
                if (System.nanoTime() - nextRecheck >= 0) {
                    nextRecheck = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RECHECK_MILLIS);
                }
            } catch (SQLException e) {
                if (isClosed()) {
                    break;
                }
                if (!wasDown) {
                    LOG.warn("Change feed of {} lost the server, reconnecting: {}", db.url().describe(), e.getMessage());
                }
                wasDown = true;
                closeQuietly(connection);
                connection = null;
                LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
            }
        }
        closeQuietly(connection);
    }

    private static long counter(Connection connection) throws SQLException {
        return SQL.count(connection, "SELECT last_value FROM brewline_changes");
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already gone
            }
        }
    }
}
