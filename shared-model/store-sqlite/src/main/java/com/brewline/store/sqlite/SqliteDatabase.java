package com.brewline.store.sqlite;

import com.brewline.store.StoreException;
import com.brewline.store.jdbc.SqlWork;
import com.brewline.store.jdbc.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static com.brewline.store.sqlite.SqliteStatements.SQL;

/**
 * One SQLite file with one connection per thread, and the transaction discipline every store
 * operation goes through: writes in BEGIN IMMEDIATE (the write lock is taken up front, so a
 * transaction never fails half-way on a lock upgrade), reads in a deferred transaction (one
 * consistent snapshot), SQLITE_BUSY retried here so that no caller ever sees it.
 */
final class SqliteDatabase implements Transactions, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteDatabase.class);

    static final int BUSY_TIMEOUT_MILLIS = 10_000;
    /** How long a transaction keeps being retried on SQLITE_BUSY beyond the busy timeout. */
    private static final long BUSY_GIVE_UP_NANOS = TimeUnit.MINUTES.toNanos(2);

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    static {
        SqliteNativeLibrary.prepareOnce(); // before the first connection loads the driver's native library
    }

    private final Path file;
    private final boolean readOnly;
    private final Runnable afterCommit;
    private final int busyTimeoutMillis;
    /** The JDBC URL of every connection: the plain file, or an immutable read of a file in a read-only place. */
    private final String url;
    private final Map<Thread, Connection> connections = new ConcurrentHashMap<>();
    private volatile boolean closed;
    private int opensSincePurge;

    SqliteDatabase(Path file, boolean readOnly, Runnable afterCommit, int busyTimeoutMillis) {
        this(file, readOnly, afterCommit, busyTimeoutMillis, "jdbc:sqlite:" + file);
    }

    SqliteDatabase(Path file, boolean readOnly, Runnable afterCommit, int busyTimeoutMillis, String url) {
        this.file = file;
        this.readOnly = readOnly;
        this.afterCommit = afterCommit;
        this.busyTimeoutMillis = busyTimeoutMillis;
        this.url = url;
    }

    /**
     * A URL that reads the file as it is, creating nothing beside it (no -wal, -shm or lock): for a file we may
     * not write, or one not yet known to be ours. Only for a file no one is writing (it has no -wal).
     */
    static String immutableUrl(Path file) {
        return "jdbc:sqlite:" + file.toUri().toString().replaceFirst("^file:///", "file:/") + "?immutable=1";
    }

    Path file() {
        return file;
    }

    boolean isReadOnly() {
        return readOnly;
    }

    /**
     * The settings of every connection. synchronous=FULL on every connection: in WAL mode that
     * fsyncs the log at each commit, so a paid order that was reported committed survives a power
     * cut; the cost is one fsync per commit (see docs/decisions/0001-durability.md).
     */
    static SQLiteConfig config(boolean readOnly, boolean create) {
        return config(readOnly, create, BUSY_TIMEOUT_MILLIS);
    }

    static SQLiteConfig config(boolean readOnly, boolean create, int busyTimeoutMillis) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(busyTimeoutMillis);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.enforceForeignKeys(true);
        config.setSharedCache(false);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setReadOnly(readOnly);
        if (!create || readOnly) {
            config.resetOpenMode(SQLiteOpenMode.CREATE);
        }
        return config;
    }

    /** A connection nobody else uses (the change feed's, the opening checks'): the caller closes it. */
    Connection openPrivateConnection() throws SQLException {
        SQLiteConfig config = config(readOnly, false, busyTimeoutMillis);
        if (url.contains("?immutable=1")) {
            config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        }
        return config.createConnection(url);
    }

    /** The calling thread's connection, opened on first use. */
    Connection connection() {
        if (closed) {
            throw new StoreException("The store for " + file + " is closed");
        }
        Thread thread = Thread.currentThread();
        warnOnceIfUiThread(thread);
        Connection connection = connections.get(thread);
        if (connection != null) {
            return connection;
        }
        try {
            connection = openPrivateConnection();
        } catch (SQLException e) {
            throw translate(e, "open a connection");
        }
        connections.put(thread, connection);
        purgeDeadThreadsNowAndThen();
        if (closed) {
            closeQuietly(connections.remove(thread));
            throw new StoreException("The store for " + file + " is closed");
        }
        return connection;
    }

    private static volatile boolean warnedAboutUiThread;

    /** The store blocks on disk and locks: a UI thread calling it would freeze the screen. */
    private static void warnOnceIfUiThread(Thread thread) {
        if (!warnedAboutUiThread && "JavaFX Application Thread".equals(thread.getName())) {
            warnedAboutUiThread = true;
            LOG.warn("The store was called on the JavaFX Application Thread: move this call to a background thread",
                    new IllegalStateException("store call on the FX thread"));
        }
    }

    private synchronized void purgeDeadThreadsNowAndThen() {
        if (++opensSincePurge < 16) {
            return;
        }
        opensSincePurge = 0;
        connections.entrySet().removeIf(e -> {
            if (!e.getKey().isAlive()) {
                closeQuietly(e.getValue());
                return true;
            }
            return false;
        });
    }

    /** Runs {@code work} in one BEGIN IMMEDIATE transaction, retried whole on SQLITE_BUSY. */
    @Override
    public <T> T write(String what, SqlWork<T> work) {
        if (readOnly) {
            throw readOnlyError(what);
        }
        boolean[] changed = new boolean[1];
        T result = inTransaction("BEGIN IMMEDIATE", what, c -> {
            long before = totalChanges(c);
            T r = work.run(c);
            changed[0] = totalChanges(c) != before;
            return r;
        });
        if (changed[0]) {
            afterCommit.run(); // only real changes wake the listeners: a claim of an empty queue is no news
        }
        return result;
    }

    /** Runs {@code work} in one deferred (read) transaction: a consistent snapshot. */
    @Override
    public <T> T read(String what, SqlWork<T> work) {
        return inTransaction("BEGIN", what, work);
    }

    private <T> T inTransaction(String begin, String what, SqlWork<T> work) {
        Connection connection = connection();
        long started = System.nanoTime();
        for (int attempt = 0; ; attempt++) {
            try {
                execute(connection, begin);
                T result;
                try {
                    result = work.run(connection);
                    execute(connection, "COMMIT");
                } catch (SQLException | RuntimeException | Error e) {
                    rollbackQuietly(connection);
                    throw e;
                }
                return result;
            } catch (SQLException e) {
                if (isBusy(e) && System.nanoTime() - started < BUSY_GIVE_UP_NANOS) {
                    LOG.debug("{} busy while trying to {} (attempt {}), retrying", file, what, attempt + 1);
                    backOff(attempt);
                    continue;
                }
                throw translate(e, what);
            }
        }
    }

    private static void backOff(int attempt) {
        long millis = Math.min(200, 1L << Math.min(attempt, 7)) + ThreadLocalRandom.current().nextInt(5);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for the database");
        }
    }

    /** sqlite3_total_changes() straight from the driver: no statement to step through for every write. */
    private static long totalChanges(Connection c) throws SQLException {
        if (c instanceof SQLiteConnection sqlite) {
            return sqlite.getDatabase().total_changes();
        }
        return SQL.count(c, "SELECT total_changes()");
    }

    static void execute(Connection connection, String sql) throws SQLException {
        StatementCache.prepare(connection, sql).execute();
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            execute(connection, "ROLLBACK");
        } catch (SQLException ignored) {
            // no transaction was active (BEGIN itself failed, or SQLite already rolled back)
        }
    }

    static int baseCode(SQLException e) {
        if (e instanceof SQLiteException se) {
            return se.getResultCode().code & 0xFF;
        }
        return e.getErrorCode() & 0xFF;
    }

    static boolean isBusy(SQLException e) {
        int code = baseCode(e);
        return code == SQLITE_BUSY || code == SQLITE_LOCKED;
    }

    StoreException readOnlyError(String what) {
        return new StoreException("The database " + file + " is read-only: cannot " + what
                + ". Check the file's permissions or open it from a writable location.");
    }

    /** A failure as a person can read it: which file, what we were doing, what SQLite said. */
    StoreException translate(SQLException e, String what) {
        return translate(file, e, what, this);
    }

    static StoreException translate(Path file, SQLException e, String what, SqliteDatabase database) {
        String reason = switch (baseCode(e)) {
            case SQLITE_NOTADB -> "the file is not an SQLite database (or is encrypted)";
            case SQLITE_CORRUPT -> "the database file is corrupt; restore it from a backup";
            case SQLITE_READONLY -> "the database is read-only";
            case SQLITE_CANTOPEN -> "the file or its folder cannot be opened (missing or no permission)";
            case SQLITE_FULL -> "the disk is full";
            case SQLITE_IOERR -> "a disk input/output error occurred";
            case SQLITE_BUSY, SQLITE_LOCKED -> "the database stayed busy (locked by another process) for too long";
            default -> e.getMessage();
        };
        if (baseCode(e) == SQLITE_READONLY && database != null) {
            return database.readOnlyError(what);
        }
        return new StoreException("Database " + file + ": could not " + what + ": " + reason, e);
    }

    @Override
    public void close() {
        closed = true;
        connections.values().forEach(SqliteDatabase::closeQuietly);
        connections.clear();
    }

    static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        if (closeable instanceof Connection connection) {
            StatementCache.forget(connection);
        }
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.debug("closing {}", closeable, e);
        }
    }
}
