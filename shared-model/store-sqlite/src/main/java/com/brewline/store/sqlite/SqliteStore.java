package com.brewline.store.sqlite;

import com.brewline.store.jdbc.JdbcBusinessDays;
import com.brewline.store.jdbc.JdbcStationQueue;
import com.brewline.store.jdbc.JdbcStore;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

import static com.brewline.store.sqlite.SqliteStatements.SQL;

/**
 * The Brewline store on one local SQLite file: WAL, synchronous=FULL, BEGIN IMMEDIATE for every
 * write (docs/decisions/0001-durability.md). Thread-safe, one connection per thread; several
 * processes may open the same file at once. Every failure is a {@link com.brewline.store.StoreException}
 * that names the file.
 */
public final class SqliteStore extends JdbcStore {
    private final SqliteDatabase db;

    private SqliteStore(Path dbFile, Clock clock, boolean readOnly, int busyTimeoutMillis) {
        this(opened(dbFile, clock, (file, afterCommit) -> DatabaseOpener.open(file, readOnly, afterCommit,
                busyTimeoutMillis)), clock);
    }

    private SqliteStore(Opened opened, Clock clock) {
        super(opened.db(), SQL, OrderRows.shared(), "+", clock, parts(opened, clock),
                opened.db()::close);
        this.db = opened.db();
    }

    /** The database, opened so that its own commits wake its change feed at once, and that feed. */
    private record Opened(SqliteDatabase db, SqliteChangeFeed feed) {
    }

    private static Opened opened(Path dbFile, Clock clock,
                                 java.util.function.BiFunction<Path, Runnable, SqliteDatabase> opener) {
        Objects.requireNonNull(dbFile, "dbFile");
        Objects.requireNonNull(clock, "clock"); // before anything is opened
        SqliteChangeFeed[] feed = new SqliteChangeFeed[1];
        SqliteDatabase db = opener.apply(dbFile, () -> feed[0].localCommit());
        feed[0] = new SqliteChangeFeed(db);
        return new Opened(db, feed[0]);
    }

    private static EngineParts parts(Opened opened, Clock clock) {
        SqliteDatabase db = opened.db();
        SqliteOrderQueue orderQueue = new SqliteOrderQueue(db, clock);
        return new EngineParts(orderQueue, new JdbcStationQueue(db, SQL, OrderRows.shared(), orderQueue, clock),
                new JdbcBusinessDays(db, SQL, OrderRows.shared(), clock, ""), SqliteNotificationOutbox.open(db, clock),
                SqliteStaffAlerts.open(db, clock), opened.feed());
    }

    /**
     * Opens (creating if needed) the database, upgrading its schema.
     *
     * @throws com.brewline.store.StoreException when the file cannot be used: its folder is missing or not
     *                                           writable, it is not SQLite, it is corrupt, or it comes from a newer
     *                                           Brewline (left unchanged). A file the process may not write is
     *                                           opened read-only: reads work, every write fails with a clear message.
     */
    public static SqliteStore open(Path dbFile, Clock clock) {
        return new SqliteStore(dbFile, clock, false, SqliteDatabase.BUSY_TIMEOUT_MILLIS);
    }

    /** With a short busy timeout, so a test can see the store's own retries at work. */
    static SqliteStore openWithBusyTimeout(Path dbFile, Clock clock, int busyTimeoutMillis) {
        return new SqliteStore(dbFile, clock, false, busyTimeoutMillis);
    }

    /** Opens an existing database for reading only (reports, a second look); every write is refused. */
    public static SqliteStore openReadOnly(Path dbFile, Clock clock) {
        return new SqliteStore(dbFile, clock, true, SqliteDatabase.BUSY_TIMEOUT_MILLIS);
    }

    /**
     * Opens an existing Brewline database for a report: nothing is ever written, and a file that is not a
     * Brewline database (empty, another application's, one with only an {@code orders} table of its own) is
     * refused before SQLite changes or creates anything; a read-only file in a read-only folder is readable.
     */
    public static SqliteStore openForReading(Path dbFile, Clock clock) {
        return new SqliteStore(opened(dbFile, clock, DatabaseOpener::openForReading), clock);
    }

    /** The schema version this code reads and writes (PRAGMA user_version). */
    public static int schemaVersion() {
        return Schema.VERSION;
    }

    public Path file() {
        return db.file();
    }

    public boolean isReadOnly() {
        return db.isReadOnly();
    }
}
