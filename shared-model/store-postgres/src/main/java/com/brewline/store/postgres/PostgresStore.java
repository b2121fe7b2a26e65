package com.brewline.store.postgres;

import com.brewline.store.BrewlineStore;
import com.brewline.store.BusinessDays;
import com.brewline.store.ChangeFeed;
import com.brewline.store.ItemAvailability;
import com.brewline.store.jdbc.JdbcHeartbeats;
import com.brewline.store.jdbc.JdbcItemAvailability;
import com.brewline.store.jdbc.JdbcPaymentLedger;
import com.brewline.store.jdbc.JdbcReadModel;
import com.brewline.store.jdbc.JdbcReports;
import com.brewline.store.OrderQueue;
import com.brewline.store.PaymentLedger;
import com.brewline.store.ReadModel;
import com.brewline.store.StationQueue;
import com.brewline.store.Heartbeats;
import com.brewline.store.NotificationOutbox;
import com.brewline.store.StaffAlerts;
import com.brewline.store.Reports;
import com.brewline.store.SchemaStatus;
import com.brewline.store.StoreException;
import com.brewline.store.StoreLocation;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;

/**
 * The Brewline store on a PostgreSQL server, for a shop whose kiosks, stations and board run on
 * machines of their own (docs/decisions/0004-postgresql-store.md). One HikariCP pool per process;
 * the same guarantees as the SQLite store: no order lost, claimed twice or paid twice; FIFO by the
 * order payments committed in; one open order per pickup number a day (a unique index). Every failure
 * is a {@link StoreException} naming the server; an unreachable server is said within seconds.
 */
public final class PostgresStore implements BrewlineStore {
    static final int POOL_SIZE = 8;

    private final PgDatabase db;
    private final PgChangeFeed changes;
    private final OrderQueue orders;
    private final BusinessDays days;
    private final ItemAvailability availability;
    private final ReadModel readModel;
    private final Reports reports;
    private final PaymentLedger payments;
    private final StationQueue stations;
    private final Heartbeats heartbeats;
    private final NotificationOutbox notifications;
    private final StaffAlerts alerts;

    private PostgresStore(PgDatabase db, Clock clock) {
        this.db = db;
        this.changes = new PgChangeFeed(db);
        PgOrderQueue orderQueue = new PgOrderQueue(db, clock);
        this.orders = orderQueue;
        this.stations = PgStationQueue.open(db, orderQueue, clock);
        this.heartbeats = new JdbcHeartbeats(db, PgSql.STATEMENTS);
        this.days = new PgBusinessDays(db, clock);
        this.availability = new JdbcItemAvailability(db, PgSql.STATEMENTS, clock);
        this.readModel = new JdbcReadModel(db, PgSql.STATEMENTS, PgOrderRows.shared(), "business_day_id");
        this.reports = new JdbcReports(db, PgSql.STATEMENTS);
        this.payments = new JdbcPaymentLedger(db, PgSql.STATEMENTS, clock);
        this.notifications = PgNotificationOutbox.open(db, clock);
        this.alerts = PgStaffAlerts.open(db, clock);
    }

    /**
     * Connects, brings the schema up to date (once, whichever process comes first) and opens the store.
     *
     * @throws StoreException when the server cannot be reached or refuses the login, the database is not
     *                        Brewline's, or its schema is newer than this Brewline (left unchanged)
     */
    public static PostgresStore open(StoreLocation location, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        PostgresUrl url = PostgresUrl.parse(location);
        PgDatabase db = new PgDatabase(url, POOL_SIZE, () -> { });
        try {
            migrate(db);
            return new PostgresStore(db, clock);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public static PostgresStore open(String url, Clock clock) {
        return open(StoreLocation.of(url), clock);
    }

    static SchemaStatus migrate(PgDatabase db) {
        int before = db.write("bring the schema up to date", c -> PgSchema.migrate(c, db.url()));
        SchemaStatus after = check(db);
        return new SchemaStatus(after.engine(), after.location(), after.found(), after.known(),
                (before == after.found() ? "nothing to do" : "migrated from version " + before) + "; " + after.detail());
    }

    static SchemaStatus check(PgDatabase db) {
        return db.read("check the schema", c -> PgSchema.check(c, db.url()));
    }

    /** The location as shown to people: never the password. */
    public String describe() {
        return db.url().describe();
    }

    /** A connection of the store's pool for tools that move rows themselves (db copy); the caller closes it. */
    public Connection connection() {
        try {
            return db.openPrivateConnection();
        } catch (SQLException e) {
            throw db.translate(e, "open a connection");
        }
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
