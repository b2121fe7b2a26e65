package com.brewline.store.sqlite;

import com.brewline.store.contract.StoreWorker;
import com.brewline.store.contract.Orders;
import com.brewline.testkit.ChildJvm;
import com.brewline.model.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/** Commits reach subscribers off the committing thread, from this process and from others. */
class ChangeFeedIT {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aCommitInAnotherProcessReachesTheListener() throws Exception {
        Path db = dir.resolve("feed.db");
        try (SqliteStore store = SqliteStore.open(db, Clock.systemUTC())) {
            store.days().open(LocalDate.now(), "test");
            CountDownLatch seen = new CountDownLatch(1);
            try (AutoCloseable subscription = store.changes().subscribe(() -> {
                if (!store.orders().openOrders().isEmpty()) {
                    seen.countDown();
                }
            }); ChildJvm writer = ChildJvm.start(dir, "writer", StoreWorker.class, "writer", db.toString(), "K9", "1")) {
                assertEquals(0, writer.await(60_000), writer::describe);
                long paidId = writer.numbersAfter("PAID ").get(0);
                assertTrue(seen.await(2, TimeUnit.SECONDS), "the other process's commit was not announced");
                assertEquals(paidId, store.orders().openOrders().get(0).id());
            }
        }
    }

    /**
     * Opening a second store on the file in this JVM once dropped this process's POSIX locks (a Java
     * stream read the header and closed); a writer process exiting then deleted the WAL under the
     * first store, which stopped seeing commits. Both stores must keep seeing the other process.
     */
    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aSecondStoreInThisProcessKeepsTheFirstInTouchWithOtherProcesses() throws Exception {
        Path db = dir.resolve("two-stores.db");
        try (SqliteStore first = SqliteStore.open(db, Clock.systemUTC())) {
            first.days().open(LocalDate.now(), "test");
            first.orders().openOrders(); // this thread's connection is open before the second store arrives
            try (SqliteStore second = SqliteStore.open(db, Clock.systemUTC())) {
                second.orders().openOrders();
            }
            for (int round = 1; round <= 2; round++) {
                try (ChildJvm writer = ChildJvm.start(dir, "writer" + round, StoreWorker.class, "writer",
                        db.toString(), "K" + round, "1")) {
                    assertEquals(0, writer.await(60_000), writer::describe);
                }
                assertTrue(Files.exists(Path.of(db + "-wal")), "the WAL was deleted under an open connection");
                assertEquals(round, first.orders().openOrders().size(), "the first store no longer sees commits");
            }
        }
    }

    @Test
    void ownCommitsAndOtherConnectionsReachListenersOnTheFeedThread() throws Exception {
        Path db = dir.resolve("feed.db");
        try (SqliteStore kiosk = SqliteStore.open(db, Clock.systemUTC());
             SqliteStore board = SqliteStore.open(db, Clock.systemUTC())) {
            kiosk.days().open(LocalDate.now(), "test");
            AtomicReference<Thread> calledOn = new AtomicReference<>();
            CountDownLatch own = new CountDownLatch(1);
            CountDownLatch other = new CountDownLatch(1);
            AtomicInteger calls = new AtomicInteger();
            kiosk.changes().subscribe(() -> {
                calledOn.set(Thread.currentThread());
                own.countDown();
            });
            AutoCloseable boardSubscription = board.changes().subscribe(() -> {
                calls.incrementAndGet();
                other.countDown();
            });
            Thread.sleep(50); // let the feeds take their first reading
            Order order = kiosk.orders().createPending(Orders.twoLines("K1"));
            assertTrue(own.await(2, TimeUnit.SECONDS));
            assertNotSame(Thread.currentThread(), calledOn.get());
            assertTrue(other.await(2, TimeUnit.SECONDS));

            boardSubscription.close();
            int before = calls.get();
            kiosk.orders().markPaid(order.id(), "pk", order.total(), "CARD", Clock.systemUTC().instant(), "k");
            Thread.sleep(200);
            assertEquals(before, calls.get(), "an unsubscribed listener is not called");
        }
    }

    @Test
    void aWriteThatChangesNothingIsNoNews() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("quiet.db"), Clock.systemUTC())) {
            store.days().open(LocalDate.now(), "test");
            AtomicInteger calls = new AtomicInteger();
            store.changes().subscribe(calls::incrementAndGet);
            Thread.sleep(100);
            calls.set(0);
            for (int i = 0; i < 20; i++) {
                assertTrue(store.orders().claimOldestPaid("station").isEmpty());
            }
            Thread.sleep(200);
            assertEquals(0, calls.get());
        }
    }
}
