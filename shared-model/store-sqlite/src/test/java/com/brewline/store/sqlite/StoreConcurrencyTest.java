package com.brewline.store.sqlite;

import com.brewline.store.contract.Orders;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** SQLite only: writes that must wait for a lock held elsewhere (threads sharing a store: StoreContract). */
class StoreConcurrencyTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aWriteWaitsForALockHeldElsewhereInsteadOfFailing() throws Exception {
        Path db = dir.resolve("locked.db");
        try (SqliteStore store = SqliteStore.open(db, Clock.systemUTC());
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = other.createStatement()) {
            store.days().open(LocalDate.now(), "test");
            s.execute("BEGIN IMMEDIATE"); // another process's long write transaction
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(500);
                    s.execute("COMMIT");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            release.start();
            Order order = store.orders().createPending(Orders.twoLines("K1"));
            release.join();
            assertEquals(OrderStatus.PENDING_PAYMENT, store.orders().find(order.id()).orElseThrow().status());
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aLockHeldLongerThanTheBusyTimeoutIsRetriedNotThrown() throws Exception {
        Path db = dir.resolve("long-lock.db");
        try (SqliteStore store = SqliteStore.openWithBusyTimeout(db, Clock.systemUTC(), 20);
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = other.createStatement()) {
            store.days().open(LocalDate.now(), "test");
            s.execute("BEGIN IMMEDIATE"); // held 50 times longer than the busy timeout
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(1_000);
                    s.execute("COMMIT");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            release.start();
            Order order = store.orders().createPending(Orders.twoLines("K1"));
            Optional<Order> claimed = store.orders().claimOldestPaid("station");
            release.join();
            assertTrue(claimed.isEmpty());
            assertEquals(OrderStatus.PENDING_PAYMENT, store.orders().find(order.id()).orElseThrow().status());
        }
    }
}
