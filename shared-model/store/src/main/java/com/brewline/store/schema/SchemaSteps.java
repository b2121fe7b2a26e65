package com.brewline.store.schema;

import java.util.List;

/**
 * Every schema version of the order store, for both engines side by side: step N brings a database
 * from version N-1 to N on SQLite and on PostgreSQL, so the two can never drift apart. Each engine
 * records the versions it applied in a {@code schema_version} table (SQLite also keeps PRAGMA
 * user_version, which older Brewline versions read) and refuses a database from a newer Brewline.
 * Never edit a released step: add one.
 *
 * <p>Status names appear here only in CHECK constraints and the partial unique index that keeps
 * one open order per pickup number and day; queries bind statuses from {@code OrderStatus}.
 */
public final class SchemaSteps {
    public record Step(int version, String why, List<String> sqlite, List<String> postgres) {
    }

    private static final String STATUSES = "('PENDING_PAYMENT','PAID','IN_PREPARATION','READY','PICKED_UP',"
            + "'CANCELLED','REJECTED','PAYMENT_FAILED')";
    /** OrderStatus.isOpen(): the orders that hold their pickup number. */
    public static final String OPEN_STATUSES = "('PAID','IN_PREPARATION','READY')";

    public static final List<Step> STEPS = List.of(
            new Step(1, "the order store: days, orders and their lines and history, payments, refunds, "
                    + "sold-out items, preparation times",
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
                    // PostgreSQL: the same tables and names (db copy moves rows column for column); times stay epoch
                    // milliseconds; dates are DATE; ids are identities that db copy may set.
                    List.of("""
                            CREATE TABLE business_days (
                                id                 BIGINT  GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                                date               DATE    NOT NULL,
                                state              TEXT    NOT NULL CHECK (state IN ('OPEN','PAUSED','CLOSED')),
                                opened_at          BIGINT  NOT NULL,
                                closed_at          BIGINT,
                                last_pickup_number INTEGER NOT NULL DEFAULT 0
                            )""", """
                            CREATE TABLE day_events (
                                id         BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                                day_id     BIGINT NOT NULL REFERENCES business_days(id),
                                from_state TEXT,
                                to_state   TEXT   NOT NULL,
                                at         BIGINT NOT NULL,
                                actor      TEXT   NOT NULL
                            )""",
                            """
                            CREATE TABLE orders (
                                id               BIGINT  GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                                payment_order_id TEXT    NOT NULL UNIQUE
                                                 CHECK (length(payment_order_id) BETWEEN 6 AND 64),
                                business_day_id  BIGINT  NOT NULL REFERENCES business_days(id),
                                pickup_number    INTEGER NOT NULL DEFAULT 0 CHECK (pickup_number BETWEEN 0 AND 999),
                                status           TEXT    NOT NULL CHECK (status IN""" + STATUSES + """
                            ),
                                dining           TEXT    NOT NULL,
                                kiosk_id         TEXT    NOT NULL,
                                total            BIGINT  NOT NULL CHECK (total >= 0),
                                created_at       BIGINT  NOT NULL,
                                paid_at          BIGINT,
                                started_at       BIGINT,
                                ready_at         BIGINT,
                                finished_at      BIGINT
                            )""",
                            "CREATE INDEX orders_by_status ON orders(status, paid_at, id)",
                            "CREATE INDEX orders_by_day ON orders(business_day_id, status)",
                            "CREATE UNIQUE INDEX orders_open_pickup ON orders(business_day_id, pickup_number) WHERE status IN "
                                    + OPEN_STATUSES, """
                            CREATE TABLE order_lines (
                                order_id     BIGINT  NOT NULL REFERENCES orders(id),
                                line_index   INTEGER NOT NULL,
                                item_id      TEXT    NOT NULL,
                                name_ko      TEXT    NOT NULL,
                                name_en      TEXT    NOT NULL,
                                options_json TEXT    NOT NULL,
                                quantity     INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 20),
                                unit_price   BIGINT  NOT NULL CHECK (unit_price >= 0),
                                prep_seconds INTEGER NOT NULL,
                                done         BOOLEAN NOT NULL DEFAULT false,
                                PRIMARY KEY (order_id, line_index)
                            )""", """
                            CREATE TABLE order_events (
                                id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                                order_id    BIGINT NOT NULL REFERENCES orders(id),
                                from_status TEXT,
                                to_status   TEXT   NOT NULL,
                                at          BIGINT NOT NULL,
                                actor       TEXT   NOT NULL,
                                reason      TEXT
                            )""",
                            "CREATE INDEX order_events_by_order ON order_events(order_id, id)", """
                            CREATE TABLE payments (
                                order_id         BIGINT PRIMARY KEY REFERENCES orders(id),
                                payment_order_id TEXT   NOT NULL UNIQUE,
                                amount           BIGINT NOT NULL,
                                ready_key        TEXT   NOT NULL UNIQUE,
                                confirm_key      TEXT   NOT NULL UNIQUE,
                                abort_key        TEXT   NOT NULL UNIQUE,
                                payment_key      TEXT,
                                checkout_url     TEXT,
                                expires_at       BIGINT,
                                provider_status  TEXT,
                                approved_at      BIGINT,
                                method           TEXT,
                                updated_at       BIGINT NOT NULL
                            )""", """
                            CREATE TABLE refunds (
                                id              BIGINT  GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                                order_id        BIGINT  NOT NULL UNIQUE REFERENCES orders(id),
                                payment_key     TEXT,
                                amount          BIGINT  NOT NULL CHECK (amount >= 0),
                                reason          TEXT,
                                idempotency_key TEXT    NOT NULL UNIQUE,
                                status          TEXT    NOT NULL CHECK (status IN ('PENDING','DONE')),
                                attempts        INTEGER NOT NULL DEFAULT 0,
                                last_error      TEXT,
                                transaction_key TEXT,
                                created_at      BIGINT  NOT NULL,
                                done_at         BIGINT
                            )""",
                            "CREATE INDEX refunds_by_status ON refunds(status, id)", """
                            CREATE TABLE item_availability (
                                item_id    TEXT    PRIMARY KEY,
                                sold_out   BOOLEAN NOT NULL,
                                updated_at BIGINT  NOT NULL,
                                updated_by TEXT    NOT NULL
                            )""", """
                            CREATE TABLE prep_time_history (
                                id          BIGINT  GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                                order_id    BIGINT  NOT NULL,
                                item_id     TEXT    NOT NULL,
                                day         DATE    NOT NULL,
                                hour        INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
                                seconds     BIGINT  NOT NULL,
                                recorded_at BIGINT  NOT NULL
                            )""",
                            "CREATE INDEX prep_time_by_day ON prep_time_history(day)",
                            "CREATE INDEX prep_time_by_order ON prep_time_history(order_id)",
                            // the change feed's wake-up: every committed change of a row notifies the listeners of
                            // other processes (one notification per transaction: PostgreSQL folds equal ones), and
                            // moves a counter that the feed's slow re-check reads in case a notification was missed
                            "CREATE SEQUENCE brewline_changes", """
                            CREATE FUNCTION brewline_notify() RETURNS trigger LANGUAGE plpgsql AS $$
                            BEGIN
                                PERFORM nextval('brewline_changes');
                                PERFORM pg_notify('brewline_changes', '');
                                RETURN NULL;
                            END $$""",
                            notifyTrigger("business_days"), notifyTrigger("orders"), notifyTrigger("order_lines"),
                            notifyTrigger("payments"), notifyTrigger("refunds"), notifyTrigger("item_availability")
                    )),
            new Step(2, "a day's orders indexed by the day alone: with the status in the key every status change "
                    + "rewrote a page of this index for no query's benefit",
                    List.of("DROP INDEX orders_by_day",
                            "CREATE INDEX orders_by_day ON orders(business_day_id)"),
                    List.of("DROP INDEX orders_by_day",
                            "CREATE INDEX orders_by_day ON orders(business_day_id)")),
            new Step(3, "two open orders never share a pickup number, whatever their day (issue 9): the index of "
                    + "version 1 was per day, so a late payment joining a closed day could hold #1 beside the next "
                    + "day's #1. A database that already holds such a pair refuses this step and stays at version 2",
                    List.of("DROP INDEX orders_open_pickup",
                            "CREATE UNIQUE INDEX orders_open_pickup ON orders(pickup_number) WHERE status IN " + OPEN_STATUSES),
                    List.of("DROP INDEX orders_open_pickup",
                            "CREATE UNIQUE INDEX orders_open_pickup ON orders(pickup_number) WHERE status IN " + OPEN_STATUSES)),
            new Step(4, "first-in first-out by commit sequence, never the wall clock (issue 9): paid_seq is the id of "
                    + "the order's PAID event, written in the paid transaction (SQLite: AUTOINCREMENT under the write "
                    + "lock; PostgreSQL: taken while markPaid holds the day's row lock, so in commit order); old paid "
                    + "orders get their PAID event's id",
                    List.of("ALTER TABLE orders ADD COLUMN paid_seq INTEGER", """
                            UPDATE orders SET paid_seq = (SELECT max(e.id) FROM order_events e
                                                          WHERE e.order_id = orders.id AND e.to_status = 'PAID')
                            WHERE paid_at IS NOT NULL""",
                            "DROP INDEX orders_by_status",
                            "CREATE INDEX orders_by_status ON orders(status, paid_seq, id)"),
                    List.of("ALTER TABLE orders ADD COLUMN paid_seq BIGINT", """
                            UPDATE orders SET paid_seq = (SELECT max(e.id) FROM order_events e
                                                          WHERE e.order_id = orders.id AND e.to_status = 'PAID')
                            WHERE paid_at IS NOT NULL""",
                            "DROP INDEX orders_by_status",
                            "CREATE INDEX orders_by_status ON orders(status, paid_seq, id)")),
            // (branch station; the lead may renumber at merge)
            new Step(5, "staff mark a waiting order urgent, with a reason (issue 12). Status-neutral, so not in "
                    + "order_events, whose to_status the reports and the queue's paid_seq read: an append-only history "
                    + "of its own, the latest row per order its state (urgent 1, or 0 when taken back)",
                    List.of("""
                            CREATE TABLE order_flag_events (
                                id       INTEGER PRIMARY KEY AUTOINCREMENT,
                                order_id INTEGER NOT NULL REFERENCES orders(id),
                                urgent   INTEGER NOT NULL CHECK (urgent IN (0, 1)),
                                reason   TEXT,
                                at       INTEGER NOT NULL,
                                actor    TEXT    NOT NULL
                            )""",
                            "CREATE INDEX order_flag_events_by_order ON order_flag_events(order_id, id)"),
                    List.of("""
                            CREATE TABLE order_flag_events (
                                id       BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                                order_id BIGINT  NOT NULL REFERENCES orders(id),
                                urgent   INTEGER NOT NULL CHECK (urgent IN (0, 1)),
                                reason   TEXT,
                                at       BIGINT  NOT NULL,
                                actor    TEXT    NOT NULL
                            )""",
                            "CREATE INDEX order_flag_events_by_order ON order_flag_events(order_id, id)",
                            notifyTrigger("order_flag_events"))),
            new Step(6, "telling the customer (issue 14): the phone number a customer left, in a table of its own so "
                    + "the day's close deletes it without touching the order; the outbox of messages owed, one row per "
                    + "order and event, written in the status change's transaction and claimed for a lease by whichever "
                    + "process sends; staff alerts (a receipt printer out of paper) that kiosks raise and the station "
                    + "shows, one open per source and kind. (PostgreSQL: the tables only; its engine does not yet "
                    + "implement NotificationOutbox and StaffAlerts)",
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
                            "CREATE UNIQUE INDEX staff_alerts_open ON staff_alerts(source, kind) WHERE resolved_at IS NULL"),
                    List.of("""
                            CREATE TABLE order_phones (
                                order_id BIGINT PRIMARY KEY REFERENCES orders(id),
                                phone    TEXT   NOT NULL CHECK (length(phone) BETWEEN 10 AND 11)
                            )""", """
                            CREATE TABLE notification_outbox (
                                id              BIGINT  GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                                order_id        BIGINT  NOT NULL REFERENCES orders(id),
                                event           TEXT    NOT NULL CHECK (event IN ('PAID','READY','CANCELLED','REJECTED')),
                                pickup_number   INTEGER NOT NULL,
                                wait_minutes    INTEGER NOT NULL DEFAULT 0,
                                refund_amount   BIGINT  NOT NULL DEFAULT 0,
                                idempotency_key TEXT    NOT NULL UNIQUE,
                                status          TEXT    NOT NULL CHECK (status IN ('PENDING','SENT','FAILED')),
                                attempts        INTEGER NOT NULL DEFAULT 0,
                                last_error      TEXT,
                                next_attempt_at BIGINT  NOT NULL,
                                claimed_by      TEXT,
                                claimed_until   BIGINT ,
                                message_id      TEXT,
                                channel         TEXT,
                                created_at      BIGINT  NOT NULL,
                                sent_at         BIGINT ,
                                UNIQUE (order_id, event)
                            )""",
                            "CREATE INDEX notification_outbox_due ON notification_outbox(status, next_attempt_at)", """
                            CREATE TABLE staff_alerts (
                                id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                                source      TEXT    NOT NULL,
                                kind        TEXT    NOT NULL,
                                message     TEXT    NOT NULL,
                                count       INTEGER NOT NULL DEFAULT 1,
                                raised_at   BIGINT  NOT NULL,
                                last_at     BIGINT  NOT NULL,
                                resolved_at BIGINT ,
                                resolved_by TEXT
                            )""",
                            "CREATE UNIQUE INDEX staff_alerts_open ON staff_alerts(source, kind) WHERE resolved_at IS NULL")),
            new Step(7, "stations (issue 12): each line keeps the menu category it was ordered in, so a later menu "
                    + "change never moves a placed order to another station; each station's claim and bump of its part "
                    + "of an order is a row (no row: nobody claimed it yet), and every part change an event",
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
                    List.of("ALTER TABLE order_lines ADD COLUMN category_id TEXT", """
                            CREATE TABLE order_parts (
                                order_id   BIGINT  NOT NULL REFERENCES orders(id),
                                station_id TEXT    NOT NULL CHECK (length(station_id) BETWEEN 1 AND 64),
                                state      TEXT    NOT NULL CHECK (state IN ('IN_PREPARATION','BUMPED')),
                                claimed_at BIGINT  NOT NULL,
                                bumped_at  BIGINT,
                                PRIMARY KEY (order_id, station_id)
                            )""", """
                            CREATE TABLE part_events (
                                id         BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                                order_id   BIGINT  NOT NULL REFERENCES orders(id),
                                station_id TEXT    NOT NULL,
                                from_state TEXT    NOT NULL,
                                to_state   TEXT    NOT NULL,
                                at         BIGINT  NOT NULL,
                                actor      TEXT    NOT NULL,
                                reason     TEXT
                            )""",
                            "CREATE INDEX part_events_by_order ON part_events(order_id, id)",
                            notifyTrigger("order_parts"))),
            new Step(8, "heartbeats (issue 12): one row per process, replaced by each beat (every ~10 s), so the table "
                    + "stays as small as the shop; last_seen is the writer's clock in epoch millis. No change-feed "
                    + "trigger on PostgreSQL: a beat is no news for the screens, and silence is read on a timer",
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
                    List.of("""
                            CREATE TABLE heartbeats (
                                kind                TEXT    NOT NULL CHECK (kind IN ('KIOSK','STATION','PICKUP_BOARD','EXPO','PAYMENT_JOBS')),
                                name                TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
                                station_id          TEXT,
                                last_seen           BIGINT  NOT NULL,
                                last_saw            TEXT,
                                provider_answers    INTEGER,
                                provider_checked_at BIGINT,
                                PRIMARY KEY (kind, name)
                            )""")),
            new Step(9, "preparation figures per station and lateness (issue 12), kept for good like prep_time_history: "
                    + "each item row learns its station, its own target and its ticket's wait and target; each "
                    + "station's part of an order (the whole order with one station) gets a row of its own when bumped",
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
                            "CREATE INDEX part_times_by_day ON part_times(day)"),
                    List.of("ALTER TABLE prep_time_history ADD COLUMN station_id TEXT",
                            "ALTER TABLE prep_time_history ADD COLUMN target_seconds INTEGER",
                            "ALTER TABLE prep_time_history ADD COLUMN ticket_waited_seconds BIGINT",
                            "ALTER TABLE prep_time_history ADD COLUMN ticket_target_seconds INTEGER", """
                            CREATE TABLE part_times (
                                order_id       BIGINT  NOT NULL,
                                station_id     TEXT    NOT NULL,
                                day            DATE    NOT NULL,
                                hour           INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
                                prep_seconds   BIGINT  NOT NULL CHECK (prep_seconds >= 0),
                                waited_seconds BIGINT  NOT NULL CHECK (waited_seconds >= 0),
                                target_seconds INTEGER NOT NULL CHECK (target_seconds >= 0),
                                recorded_at    BIGINT  NOT NULL,
                                PRIMARY KEY (order_id, station_id)
                            )""",
                            "CREATE INDEX part_times_by_day ON part_times(day)")),
            new Step(10, "staff calls (issues 11, 13): the day's report reads the alerts of a kind raised in a period "
                    + "(calls and their answer times), so alerts are indexed by kind and time; on PostgreSQL a raised "
                    + "or acknowledged alert wakes the other machines' screens through the change feed, as every "
                    + "commit does on SQLite",
                    List.of("CREATE INDEX staff_alerts_by_kind_time ON staff_alerts(kind, raised_at)"),
                    List.of("CREATE INDEX staff_alerts_by_kind_time ON staff_alerts(kind, raised_at)",
                            notifyTrigger("staff_alerts"))));

    /** Every table of the current version, parents before children (foreign keys): checks and db copy go by it. */
    public static final List<String> TABLES = List.of("business_days", "day_events", "orders", "order_lines",
            "order_events", "payments", "refunds", "item_availability", "prep_time_history", "order_flag_events",
            "order_phones", "notification_outbox", "staff_alerts",
            "order_parts", "part_events", "heartbeats", "part_times");

    /** The schema version this code reads and writes. */
    public static final int VERSION = STEPS.size();

    private SchemaSteps() {
    }

    private static String notifyTrigger(String table) {
        return "CREATE TRIGGER " + table + "_changed AFTER INSERT OR UPDATE OR DELETE ON " + table
                + " FOR EACH ROW EXECUTE FUNCTION brewline_notify()";
    }
}
