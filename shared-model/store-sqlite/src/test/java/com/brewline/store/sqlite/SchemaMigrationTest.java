package com.brewline.store.sqlite;

import com.brewline.testkit.TestClock;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A database written by an older Brewline opens, is upgraded in place, and keeps every order and number. */
class SchemaMigrationTest {
    @TempDir
    Path dir;

    final TestClock clock = TestClock.seoulMorning();

    @Test
    void aVersion1DatabaseIsUpgradedToTheCurrentSchemaWithItsOrdersAndPickupCounter() throws Exception {
        Path file = dir.resolve("v1.db");
        long paidId;
        long pendingId;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("BEGIN IMMEDIATE");
            Schema.migrate(c, 0, 1);
            s.execute("INSERT INTO business_days (date, state, opened_at, last_pickup_number) "
                    + "VALUES ('2026-11-23', 'OPEN', 1000, 41)");
            s.execute("INSERT INTO orders (payment_order_id, business_day_id, pickup_number, status, dining, kiosk_id, "
                    + "total, created_at, paid_at) VALUES ('BL-v1-paid', 1, 41, 'PAID', 'DINE_IN', 'K1', 4500, 1000, 2000)");
            paidId = lastId(s);
            s.execute("INSERT INTO order_lines (order_id, line_index, item_id, name_ko, name_en, options_json, quantity, "
                    + "unit_price, prep_seconds) VALUES (" + paidId + ", 0, 'americano', '아메리카노', 'Americano', '[]', 1, "
                    + "4500, 60)");
            s.execute("INSERT INTO payments (order_id, payment_order_id, amount, ready_key, confirm_key, abort_key, "
                    + "payment_key, provider_status, updated_at) VALUES (" + paidId + ", 'BL-v1-paid', 4500, 'r1', 'c1', "
                    + "'a1', 'pk-1', 'DONE', 2000)");
            s.execute("INSERT INTO orders (payment_order_id, business_day_id, status, dining, kiosk_id, total, created_at) "
                    + "VALUES ('BL-v1-pending', 1, 'PENDING_PAYMENT', 'TAKEOUT', 'K2', 3000, 3000)");
            pendingId = lastId(s);
            s.execute("INSERT INTO order_lines (order_id, line_index, item_id, name_ko, name_en, options_json, quantity, "
                    + "unit_price, prep_seconds) VALUES (" + pendingId + ", 0, 'tea', '차', 'Tea', '[]', 1, 3000, 30)");
            s.execute("INSERT INTO payments (order_id, payment_order_id, amount, ready_key, confirm_key, abort_key, "
                    + "updated_at) VALUES (" + pendingId + ", 'BL-v1-pending', 3000, 'r2', 'c2', 'a2', 3000)");
            s.execute("COMMIT");
            assertEquals(1, Schema.userVersion(c));
            assertEquals(List.of("business_day_id", "status"), indexColumns(c, "orders_by_day"), "a true version 1 index");
        }

        try (SqliteStore store = SqliteStore.open(file, clock)) {
            Order paidBefore = store.orders().find(paidId).orElseThrow();
            assertEquals(OrderStatus.PAID, paidBefore.status());
            assertEquals(41, paidBefore.pickupNumber());
            Order paid = store.orders().markPaid(pendingId, "pk-2", 3000, "CARD", clock.instant(), "kiosk:K2");
            assertEquals(42, paid.pickupNumber(), "the day's counter carried over");
            assertEquals(paid, store.orders().find(pendingId).orElseThrow(), "markPaid returns the order as stored");
            assertEquals(paidId, store.orders().claimOldestPaid("barista").orElseThrow().id(), "FIFO kept");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEquals(Schema.VERSION, Schema.userVersion(c));
            assertEquals(List.of("business_day_id"), indexColumns(c, "orders_by_day"));
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                assertTrue(rs.next());
                assertEquals("ok", rs.getString(1));
            }
        }
    }

    @Test
    void aVersion2DatabaseWithTwoOpenOrdersOnOneNumberIsRefusedWithWhatToDoAndLeftAtVersion2() throws Exception {
        Path file = dir.resolve("v2.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("BEGIN IMMEDIATE");
            Schema.migrate(c, 0, 2);
            s.execute("INSERT INTO business_days (date, state, opened_at, closed_at) VALUES ('2026-11-23', 'CLOSED', 1000, 5000)");
            s.execute("INSERT INTO business_days (date, state, opened_at) VALUES ('2026-11-24', 'OPEN', 6000)");
            s.execute("INSERT INTO orders (payment_order_id, business_day_id, pickup_number, status, dining, kiosk_id, "
                    + "total, created_at, paid_at) VALUES ('BL-late-one', 1, 1, 'PAID', 'DINE_IN', 'K1', 4500, 1000, 5500)");
            s.execute("INSERT INTO orders (payment_order_id, business_day_id, pickup_number, status, dining, kiosk_id, "
                    + "total, created_at, paid_at) VALUES ('BL-next-one', 2, 1, 'PAID', 'DINE_IN', 'K1', 4500, 6100, 6200)");
            s.execute("COMMIT");
        }
        com.brewline.store.StoreException e = org.junit.jupiter.api.Assertions.assertThrows(
                com.brewline.store.StoreException.class, () -> SqliteStore.open(file, clock).close());
        assertTrue(e.getMessage().contains("share pickup numbers [#1 (2 orders)]"), e.getMessage());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEquals(2, Schema.userVersion(c), "nothing was changed");
        }
    }

    private static long lastId(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> indexColumns(Connection c, String index) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA index_info(" + index + ")")) {
            while (rs.next()) {
                columns.add(rs.getString("name"));
            }
        }
        return columns;
    }
}
