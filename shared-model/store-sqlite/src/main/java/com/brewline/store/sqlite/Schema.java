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
            // version 5 (issue 14, notifications and the slip): the phone number a customer left, in a table of its own so the
            // day's close deletes it without touching the order; and the outbox of messages owed, one row per order
            // and event, written in the status change's transaction and claimed for a lease by whichever process sends;
            // staff alerts (a receipt printer out of paper) that kiosks raise and the station shows.
            List.of("""
                    CREATE TABLE order_phones (
                        order_id INTEGER PRIMARY KEY REFERENCES orders(id),
                        phone    TEXT    NOT NULL CHECK (length(phone) BETWEEN 10 AND 11)
                    )""", """
                    CREATE TABLE notification_outbox (
                        id              INTEGER PRIMARY KEY AUTOINCREMENT,
                        order_id        INTEGER NOT NULL REFERENCES orders(id),
                        event           TEXT    NOT NULL CHECK (event IN ('PAID','READY','CANCELLED','REJECTED')),
                        pickup_number   INTEGER NOT NULL,
                        wait_minutes    INTEGER NOT NULL DEFAULT 0,
                        refund_amount   INTEGER NOT NULL DEFAULT 0,
                        idempotency_key TEXT    NOT NULL UNIQUE,
                        status          TEXT    NOT NULL CHECK (status IN ('PENDING','SENT','FAILED')),
                        attempts        INTEGER NOT NULL DEFAULT 0,
                        last_error      TEXT,
                        next_attempt_at INTEGER NOT NULL,
                        claimed_by      TEXT,
                        claimed_until   INTEGER,
                        message_id      TEXT,
                        channel         TEXT,
                        created_at      INTEGER NOT NULL,
                        sent_at         INTEGER,
                        UNIQUE (order_id, event)
                    )""",
                    "CREATE INDEX notification_outbox_due ON notification_outbox(status, next_attempt_at)", """
                    CREATE TABLE staff_alerts (
                        id          INTEGER PRIMARY KEY AUTOINCREMENT,
                        source      TEXT    NOT NULL,
                        kind        TEXT    NOT NULL,
                        message     TEXT    NOT NULL,
                        count       INTEGER NOT NULL DEFAULT 1,
                        raised_at   INTEGER NOT NULL,
                        last_at     INTEGER NOT NULL,
                        resolved_at INTEGER,
                        resolved_by TEXT
                    )""",
                    // one open alert per source and kind: raising it again refreshes it
                    "CREATE UNIQUE INDEX staff_alerts_open ON staff_alerts(source, kind) WHERE resolved_at IS NULL"));

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
