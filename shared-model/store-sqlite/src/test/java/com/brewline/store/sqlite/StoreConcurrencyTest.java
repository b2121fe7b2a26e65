package com.brewline.store.sqlite;

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** One store shared by many threads (each with its own connection), and writes that must wait for a lock. */
class StoreConcurrencyTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void threadsOfOneProcessShareTheStoreSafely() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("threads.db"), Clock.systemUTC())) {
            store.days().open(LocalDate.now(), "test");
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<List<Long>>> writers = new ArrayList<>();
                for (int w = 0; w < 4; w++) {
                    String kiosk = "K" + w;
                    writers.add(pool.submit(() -> {
                        List<Long> ids = new ArrayList<>();
                        for (int i = 0; i < 50; i++) {
                            ids.add(StoreWorkerMain.payOne(store, kiosk).id());
                        }
                        return ids;
                    }));
                }
                List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
                List<Future<?>> consumers = new ArrayList<>();
                for (int c = 0; c < 2; c++) {
                    String station = "S" + c;
                    consumers.add(pool.submit(() -> {
                        while (claimed.size() < 200) {
                            Optional<Order> order = store.orders().claimOldestPaid(station);
                            if (order.isPresent()) {
                                claimed.add(order.get().id());
                            } else {
                                Thread.sleep(1);
                            }
                        }
                        return null;
                    }));
                }
                List<Long> paid = new ArrayList<>();
                for (Future<List<Long>> writer : writers) {
                    paid.addAll(writer.get(100, TimeUnit.SECONDS));
                }
                for (Future<?> consumer : consumers) {
                    consumer.get(100, TimeUnit.SECONDS);
                }
                assertEquals(200, new HashSet<>(paid).size());
                assertEquals(200, claimed.size());
                assertEquals(new HashSet<>(paid), new HashSet<>(claimed));
                List<Integer> numbers = store.orders().openOrders().stream().map(Order::pickupNumber).toList();
                assertEquals(200, new HashSet<>(numbers).size(), "no two open orders share a pickup number");
                assertTrue(store.orders().openOrders().stream().allMatch(o -> o.status() == OrderStatus.IN_PREPARATION));
            } finally {
                pool.shutdownNow();
            }
        }
    }

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
