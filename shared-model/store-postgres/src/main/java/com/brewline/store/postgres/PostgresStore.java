package com.brewline.store.postgres;

import com.brewline.store.SchemaStatus;
import com.brewline.store.StoreException;
import com.brewline.store.StoreLocation;
import com.brewline.store.jdbc.JdbcBusinessDays;
import com.brewline.store.jdbc.JdbcStationQueue;
import com.brewline.store.jdbc.JdbcStore;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;

import static com.brewline.store.postgres.PgStatements.SQL;

/**
 * The Brewline store on a PostgreSQL server, for a shop whose kiosks, stations and board run on
 * machines of their own (docs/decisions/0004-postgresql-store.md). One HikariCP pool per process;
 * the same guarantees as the SQLite store: no order lost, claimed twice or paid twice; FIFO by the
 * order payments committed in; one open order per pickup number a day (a unique index). Every failure
 * is a {@link StoreException} naming the server; an unreachable server is said within seconds.
 */
public final class PostgresStore extends JdbcStore {
    static final int POOL_SIZE = 8;

    private final PgDatabase db;

    private PostgresStore(PgDatabase db, Clock clock) {
        super(db, SQL, PgOrderRows.shared(), "", clock, parts(db, clock), db::close);
        this.db = db;
    }

    private static EngineParts parts(PgDatabase db, Clock clock) {
        PgOrderQueue orderQueue = new PgOrderQueue(db, clock);
        return new EngineParts(orderQueue, new JdbcStationQueue(db, SQL, PgOrderRows.shared(), orderQueue, clock), new JdbcBusinessDays(db, SQL, PgOrderRows.shared(), clock, PgOrderQueue.LOCK_DAY),
                PgNotificationOutbox.open(db, clock), PgStaffAlerts.open(db, clock), new PgChangeFeed(db));
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
}
