package com.brewline.store.sqlite;

import com.brewline.store.jdbc.ChangeFeedThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import static com.brewline.store.sqlite.SqliteStatements.SQL;

/**
 * One daemon thread with its own connection polls {@code PRAGMA data_version} every
 * {@value #POLL_MILLIS} ms: the value moves when any other connection (another process, or another
 * thread of this one) commits. This process's own store commits also wake it directly, so every
 * change reaches the listeners within about one poll. Listeners run on this thread, one after another.
 */
final class SqliteChangeFeed extends ChangeFeedThread {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteChangeFeed.class);
    static final long POLL_MILLIS = 10;

    private final SqliteDatabase db;
    private final AtomicBoolean localCommit = new AtomicBoolean();

    SqliteChangeFeed(SqliteDatabase db) {
        super(db.file().toString());
        this.db = db;
    }

    /** Called after each commit of this process's store. */
    void localCommit() {
        localCommit.set(true);
        wake();
    }

    @Override
    protected void watch() {
        Connection connection = null;
        long lastVersion = -1;
        while (!isClosed()) {
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
                LOG.warn("Change feed of {} cannot read the database, retrying: {}", source(), e.getMessage());
                SqliteDatabase.closeQuietly(connection);
                connection = null;
                LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
            }
        }
        SqliteDatabase.closeQuietly(connection);
    }

    private static long dataVersion(Connection connection) throws SQLException {
        return SQL.count(connection, "PRAGMA data_version");
    }
}
