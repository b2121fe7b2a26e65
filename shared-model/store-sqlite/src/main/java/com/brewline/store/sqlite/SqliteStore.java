package com.brewline.store.sqlite;

import com.brewline.store.BrewlineStore;
import com.brewline.store.BusinessDays;
import com.brewline.store.ChangeFeed;
import com.brewline.store.Heartbeats;
import com.brewline.store.ItemAvailability;
import com.brewline.store.jdbc.JdbcHeartbeats;
import com.brewline.store.jdbc.JdbcItemAvailability;
import com.brewline.store.jdbc.JdbcPaymentLedger;
import com.brewline.store.jdbc.JdbcReadModel;
import com.brewline.store.jdbc.JdbcReports;
import com.brewline.store.NotificationOutbox;
import com.brewline.store.OrderQueue;
import com.brewline.store.PaymentLedger;
import com.brewline.store.ReadModel;
import com.brewline.store.StationQueue;
import com.brewline.store.Reports;
import com.brewline.store.StaffAlerts;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * The Brewline store on one local SQLite file: WAL, synchronous=FULL, BEGIN IMMEDIATE for every
 * write (docs/decisions/0001-durability.md). Thread-safe, one connection per thread; several
 * processes may open the same file at once. Every failure is a {@link com.brewline.store.StoreException}
 * that names the file.
 */
public final class SqliteStore implements BrewlineStore {
    private final SqliteDatabase db;
    private final SqliteChangeFeed changes;
    private final OrderQueue orders;
    private final StationQueue stations;
    private final Heartbeats heartbeats;
    private final BusinessDays days;
    private final ItemAvailability availability;
    private final ReadModel readModel;
    private final Reports reports;
    private final PaymentLedger payments;
    private final NotificationOutbox notifications;
    private final StaffAlerts alerts;

    private SqliteStore(Path dbFile, Clock clock, boolean readOnly, int busyTimeoutMillis) {
        this(dbFile, clock, (file, afterCommit) -> DatabaseOpener.open(file, readOnly, afterCommit, busyTimeoutMillis));
    }

    private SqliteStore(Path dbFile, Clock clock, java.util.function.BiFunction<Path, Runnable, SqliteDatabase> opener) {
        Objects.requireNonNull(dbFile, "dbFile");
        Objects.requireNonNull(clock, "clock");
        SqliteChangeFeed[] feed = new SqliteChangeFeed[1];
        this.db = opener.apply(dbFile, () -> feed[0].localCommit());
        this.changes = feed[0] = new SqliteChangeFeed(db);
        SqliteOrderQueue orderQueue = new SqliteOrderQueue(db, clock);
        this.orders = orderQueue;
        this.stations = SqliteStationQueue.open(db, orderQueue, clock);
        this.heartbeats = new JdbcHeartbeats(db, Sql.STATEMENTS);
        this.days = new SqliteBusinessDays(db, clock);
        this.availability = new JdbcItemAvailability(db, Sql.STATEMENTS, clock);
        this.readModel = new JdbcReadModel(db, Sql.STATEMENTS, OrderRows.shared(), "+business_day_id");
        this.reports = new JdbcReports(db, Sql.STATEMENTS);
        this.payments = new JdbcPaymentLedger(db, Sql.STATEMENTS, clock);
        this.notifications = SqliteNotificationOutbox.open(db, clock);
        this.alerts = SqliteStaffAlerts.open(db, clock);
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
        return new SqliteStore(dbFile, clock, DatabaseOpener::openForReading);
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

    @Override
    public OrderQueue orders() {
        return orders;
    }

    @Override
    public StationQueue stations() {
        return stations;
    }

    @Override
    public Heartbeats heartbeats() {
        return heartbeats;
    }

    @Override
    public BusinessDays days() {
        return days;
    }

    @Override
    public ItemAvailability availability() {
        return availability;
    }

    @Override
    public ReadModel readModel() {
        return readModel;
    }

    @Override
    public Reports reports() {
        return reports;
    }

    @Override
    public PaymentLedger payments() {
        return payments;
    }

    @Override
    public NotificationOutbox notifications() {
        return notifications;
    }

    @Override
    public StaffAlerts alerts() {
        return alerts;
    }

    @Override
    public ChangeFeed changes() {
        return changes;
    }

    @Override
    public void close() {
        changes.close();
        db.close();
    }
}
