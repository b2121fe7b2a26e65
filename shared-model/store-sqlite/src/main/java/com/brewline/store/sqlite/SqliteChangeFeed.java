package com.brewline.store.sqlite;

import com.brewline.store.ChangeFeed;
import com.brewline.store.ChangeListeners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * One daemon thread with its own connection polls {@code PRAGMA data_version} every
 * {@value #POLL_MILLIS} ms: the value moves when any other connection (another process, or another
 * thread of this one) commits. This process's own store commits also wake it directly, so every
 * change reaches the listeners within about one poll. Listeners run on this thread, one after another.
 */
final class SqliteChangeFeed implements ChangeFeed {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteChangeFeed.class);
    static final long POLL_MILLIS = 10;

    private final SqliteDatabase db;
    private final ChangeListeners listeners = new ChangeListeners();
    private final AtomicBoolean localCommit = new AtomicBoolean();
    private volatile Thread thread;
    private volatile boolean closed;

    SqliteChangeFeed(SqliteDatabase db) {
        this.db = db;
    }

    /** Called after each commit of this process's store. */
    void localCommit() {
        localCommit.set(true);
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    @Override
    public AutoCloseable subscribe(Runnable onChange) {
        if (closed) {
            throw new IllegalStateException("The change feed of " + db.file() + " is closed");
        }
        AutoCloseable subscription = listeners.add(onChange);
        startOnce();
        return subscription;
    }

    private synchronized void startOnce() {
        if (thread == null) {
            Thread t = new Thread(this::run, "brewline-change-feed");
            t.setDaemon(true);
            thread = t;
            t.start();
        }
    }

    private void run() {
        Connection connection = null;
        long lastVersion = -1;
        while (!closed) {
            try {
                if (connection == null) {
                    connection = db.openPrivateConnection();
                    lastVersion = dataVersion(connection);
                }
                long version = dataVersion(connection);
                boolean changed = version != lastVersion;
                changed |= localCommit.getAndSet(false);
                lastVersion = version;
                if (changed) {
                    notifyListeners();
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS));
            } catch (SQLException e) {
                LOG.warn("Change feed of {} cannot read the database, retrying: {}", db.file(), e.getMessage());
                SqliteDatabase.closeQuietly(connection);
                connection = null;
                LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
            }
        }
        SqliteDatabase.closeQuietly(connection);
    }

    private static long dataVersion(Connection connection) throws SQLException {
        return Sql.count(connection, "PRAGMA data_version");
    }

    private void notifyListeners() {
        listeners.callAll((listener, e) -> LOG.warn("A change listener failed", e));
    }

    @Override
    public void close() {
        closed = true;
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
            try {
                t.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        listeners.clear();
    }
}
