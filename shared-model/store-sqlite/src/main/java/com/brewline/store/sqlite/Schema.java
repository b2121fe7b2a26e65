package com.brewline.store.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema as a list of migrations; PRAGMA user_version is the number applied. A database from a
 * newer Brewline (user_version above {@link #VERSION}) is refused before anything is written.
 */
final class Schema {
    private static final String OPEN_STATUSES = "('PAID','IN_PREPARATION','READY')";

    private static final List<List<String>> MIGRATIONS = List.of(
            // version 1
            List.of("""
                    CREATE TABLE business_days (
                        id                 INTEGER PRIMARY KEY AUTOINCREMENT,
                        date               TEXT    NOT NULL,
                        state              TEXT    NOT NULL CHECK (state IN ('OPEN','PAUSED','CLOSED')),
                        opened_at          INTEGER NOT NULL,
                        closed_at          INTEGER,
                        last_pickup_number INTEGER NOT NULL DEFAULT 0
                    )""", """
                    CREATE TABLE day_events (
                        id         INTEGER PRIMARY KEY AUTOINCREMENT,
                        day_id     INTEGER NOT NULL REFERENCES business_days(id),
                        from_state TEXT,
                        to_state   TEXT    NOT NULL,
                        at         INTEGER NOT NULL,
                        actor      TEXT    NOT NULL
                    )""", """
                    CREATE TABLE orders (
                        id               INTEGER PRIMARY KEY AUTOINCREMENT,
                        payment_order_id TEXT    NOT NULL UNIQUE
                                         CHECK (length(payment_order_id) BETWEEN 6 AND 64),
                        business_day_id  INTEGER NOT NULL REFERENCES business_days(id),
                        pickup_number    INTEGER NOT NULL DEFAULT 0 CHECK (pickup_number BETWEEN 0 AND 999),
                        status           TEXT    NOT NULL CHECK (status IN ('PENDING_PAYMENT','PAID',
                                         'IN_PREPARATION','READY','PICKED_UP','CANCELLED','REJECTED','PAYMENT_FAILED')),
                        dining           TEXT    NOT NULL,
                        kiosk_id         TEXT    NOT NULL,
                        total            INTEGER NOT NULL CHECK (total >= 0),
                        created_at       INTEGER NOT NULL,
                        paid_at          INTEGER,
                        started_at       INTEGER,
                        ready_at         INTEGER,
                        finished_at      INTEGER
                    )""",
                    "CREATE INDEX orders_by_status ON orders(status, paid_at, id)",
                    "CREATE INDEX orders_by_day ON orders(business_day_id, status)",
                    // the promise that two open orders never share a pickup number, kept by SQLite itself
                    "CREATE UNIQUE INDEX orders_open_pickup ON orders(business_day_id, pickup_number) WHERE status IN "
                            + OPEN_STATUSES, """
                    CREATE TABLE order_lines (
                        order_id     INTEGER NOT NULL REFERENCES orders(id),
                        line_index   INTEGER NOT NULL,
                        item_id      TEXT    NOT NULL,
                        name_ko      TEXT    NOT NULL,
                        name_en      TEXT    NOT NULL,
                        options_json TEXT    NOT NULL,
                        quantity     INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 20),
                        unit_price   INTEGER NOT NULL CHECK (unit_price >= 0),
                        prep_seconds INTEGER NOT NULL,
                        done         INTEGER NOT NULL DEFAULT 0,
                        PRIMARY KEY (order_id, line_index)
                    )""", """
                    CREATE TABLE order_events (
                        id          INTEGER PRIMARY KEY AUTOINCREMENT,
                        order_id    INTEGER NOT NULL REFERENCES orders(id),
                        from_status TEXT,
                        to_status   TEXT    NOT NULL,
                        at          INTEGER NOT NULL,
                        actor       TEXT    NOT NULL,
                        reason      TEXT
                    )""",
                    "CREATE INDEX order_events_by_order ON order_events(order_id, id)", """
                    CREATE TABLE payments (
                        order_id         INTEGER PRIMARY KEY REFERENCES orders(id),
                        payment_order_id TEXT    NOT NULL UNIQUE,
                        amount           INTEGER NOT NULL,
                        ready_key        TEXT    NOT NULL UNIQUE,
                        confirm_key      TEXT    NOT NULL UNIQUE,
                        abort_key        TEXT    NOT NULL UNIQUE,
                        payment_key      TEXT,
                        checkout_url     TEXT,
                        expires_at       INTEGER,
                        provider_status  TEXT,
                        approved_at      INTEGER,
                        method           TEXT,
                        updated_at       INTEGER NOT NULL
                    )""", """
                    CREATE TABLE refunds (
                        id              INTEGER PRIMARY KEY AUTOINCREMENT,
                        order_id        INTEGER NOT NULL UNIQUE REFERENCES orders(id),
                        payment_key     TEXT,
                        amount          INTEGER NOT NULL CHECK (amount >= 0),
                        reason          TEXT,
                        idempotency_key TEXT    NOT NULL UNIQUE,
                        status          TEXT    NOT NULL CHECK (status IN ('PENDING','DONE')),
                        attempts        INTEGER NOT NULL DEFAULT 0,
                        last_error      TEXT,
                        transaction_key TEXT,
                        created_at      INTEGER NOT NULL,
                        done_at         INTEGER
                    )""",
                    "CREATE INDEX refunds_by_status ON refunds(status, id)", """
                    CREATE TABLE item_availability (
                        item_id    TEXT    PRIMARY KEY,
                        sold_out   INTEGER NOT NULL,
                        updated_at INTEGER NOT NULL,
                        updated_by TEXT    NOT NULL
                    )""", """
                    CREATE TABLE prep_time_history (
                        id          INTEGER PRIMARY KEY AUTOINCREMENT,
                        order_id    INTEGER NOT NULL,
                        item_id     TEXT    NOT NULL,
                        day         TEXT    NOT NULL,
                        hour        INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
                        seconds     INTEGER NOT NULL,
                        recorded_at INTEGER NOT NULL
                    )""",
                    "CREATE INDEX prep_time_by_day ON prep_time_history(day)",
                    "CREATE INDEX prep_time_by_order ON prep_time_history(order_id)"),
            // version 2: a day's orders indexed by the day alone. With the status in the key, every status change
            // (paid, claimed, ready, picked up) rewrote a page of this index and fsynced it for no query's benefit:
            // the open orders of a day come from orders_open_pickup, the rest by status from orders_by_status.
            List.of("DROP INDEX orders_by_day",
                    "CREATE INDEX orders_by_day ON orders(business_day_id)"),
            // version 3 (issue 9): two open orders never share a pickup number, WHATEVER THEIR DAY. The index of
            // version 1 was per day, so a late payment joining a closed day could hold #1 beside the next day's #1.
            // (A database that already holds such a pair refuses this step and stays at version 2, untouched.)
            List.of("DROP INDEX orders_open_pickup",
                    "CREATE UNIQUE INDEX orders_open_pickup ON orders(pickup_number) WHERE status IN " + OPEN_STATUSES),
            // version 4 (issue 9): first-in first-out by commit sequence, never the wall clock. paid_seq is the id of
            // the order's PAID event (AUTOINCREMENT: it only grows, whatever the clocks of the kiosks say), written in
            // the paid transaction; the queue index orders by it. Old paid orders get their PAID event's id.
            List.of("ALTER TABLE orders ADD COLUMN paid_seq INTEGER", """
                    UPDATE orders SET paid_seq = (SELECT max(e.id) FROM order_events e
                                                  WHERE e.order_id = orders.id AND e.to_status = 'PAID')
                    WHERE paid_at IS NOT NULL""",
                    "DROP INDEX orders_by_status",
                    "CREATE INDEX orders_by_status ON orders(status, paid_seq, id)"),
            // version 5 (kitchen, issue 12): stations. Each line keeps the menu category it was ordered in, so a
            // later menu change never moves a placed order to another station; each station's claim and bump of
            // its part of an order is a row (no row: nobody claimed it yet), and every part change an event.
            List.of("ALTER TABLE order_lines ADD COLUMN category_id TEXT", """
                    CREATE TABLE order_parts (
                        order_id   INTEGER NOT NULL REFERENCES orders(id),
                        station_id TEXT    NOT NULL CHECK (length(station_id) BETWEEN 1 AND 64),
                        state      TEXT    NOT NULL CHECK (state IN ('IN_PREPARATION','BUMPED')),
                        claimed_at INTEGER NOT NULL,
                        bumped_at  INTEGER,
                        PRIMARY KEY (order_id, station_id)
                    )""", """
                    CREATE TABLE part_events (
                        id         INTEGER PRIMARY KEY AUTOINCREMENT,
                        order_id   INTEGER NOT NULL REFERENCES orders(id),
                        station_id TEXT    NOT NULL,
                        from_state TEXT    NOT NULL,
                        to_state   TEXT    NOT NULL,
                        at         INTEGER NOT NULL,
                        actor      TEXT    NOT NULL,
                        reason     TEXT
                    )""",
                    "CREATE INDEX part_events_by_order ON part_events(order_id, id)"),
            // version 6 (kitchen, issue 12): urgent orders. The row is the record of who marked the order, when
            // and why; claims read it to put the order first.
            List.of("""
                    CREATE TABLE urgent_orders (
                        order_id  INTEGER PRIMARY KEY REFERENCES orders(id),
                        marked_at INTEGER NOT NULL,
                        actor     TEXT    NOT NULL,
                        reason    TEXT    NOT NULL CHECK (length(reason) BETWEEN 1 AND 200)
                    )"""),
            // version 7 (kitchen, issue 12): heartbeats. One row per process, replaced by each beat (every ~10 s),
            // so the table stays as small as the shop; last_seen is the writer's clock in epoch millis.
            List.of("""
                    CREATE TABLE heartbeats (
                        kind                TEXT    NOT NULL CHECK (kind IN ('KIOSK','STATION','PICKUP_BOARD','EXPO','PAYMENT_JOBS')),
                        name                TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
                        station_id          TEXT,
                        last_seen           INTEGER NOT NULL,
                        last_saw            TEXT,
                        provider_answers    INTEGER,
                        provider_checked_at INTEGER,
                        PRIMARY KEY (kind, name)
                    )"""),
            // version 8 (kitchen, issue 12): figures per station and lateness, kept for good like prep_time_history.
            // Each item row learns its station, its own target and its ticket's wait and target; each station's part
            // of an order (the whole order with one station) gets a row of its own when bumped.
            List.of("ALTER TABLE prep_time_history ADD COLUMN station_id TEXT",
                    "ALTER TABLE prep_time_history ADD COLUMN target_seconds INTEGER",
                    "ALTER TABLE prep_time_history ADD COLUMN ticket_waited_seconds INTEGER",
                    "ALTER TABLE prep_time_history ADD COLUMN ticket_target_seconds INTEGER", """
                    CREATE TABLE part_times (
                        order_id       INTEGER NOT NULL,
                        station_id     TEXT    NOT NULL,
                        day            TEXT    NOT NULL,
                        hour           INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
                        prep_seconds   INTEGER NOT NULL CHECK (prep_seconds >= 0),
                        waited_seconds INTEGER NOT NULL CHECK (waited_seconds >= 0),
                        target_seconds INTEGER NOT NULL CHECK (target_seconds >= 0),
                        recorded_at    INTEGER NOT NULL,
                        PRIMARY KEY (order_id, station_id)
                    )""",
                    "CREATE INDEX part_times_by_day ON part_times(day)"));

    /** The schema version this code writes. */
    static final int VERSION = MIGRATIONS.size();

    private Schema() {
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Applies the missing migrations; the caller holds the write transaction. */
    static void migrate(Connection connection, int from) throws SQLException {
        migrate(connection, from, VERSION);
    }

    /** Brings the schema from version {@code from} to {@code to} (tests build an older database with it). */
    static void migrate(Connection connection, int from, int to) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (int version = from; version < to; version++) {
                for (String sql : MIGRATIONS.get(version)) {
                    statement.execute(sql);
                }
            }
            // user_version cannot be a bound parameter; it is our own number
            statement.execute("PRAGMA user_version = " + to);
        }
    }

    static String openStatuses() {
        return OPEN_STATUSES;
    }
}
