package com.brewline.store.sqlite;

import com.brewline.store.contract.StoreWorker;
import com.brewline.testkit.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** Kiosks and baristas as real separate JVMs on one database file. */
class MultiProcessQueueIT {
    static final int WRITERS = 4;
    static final int ORDERS_PER_WRITER = 500;
    static final int CONSUMERS = 2;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 200, unit = TimeUnit.SECONDS)
    void fourWritersAndTwoConsumersClaimEveryOrderOnceInPaidOrder() throws Exception {
        Path db = dir.resolve("queue.db");
        try (SqliteStore store = SqliteStore.open(db, Clock.systemUTC())) {
            store.days().open(LocalDate.now(), "test");
        }
        Path stop = dir.resolve("writers-done");
        List<ChildJvm> consumers = new ArrayList<>();
        List<ChildJvm> writers = new ArrayList<>();
        try {
            for (int i = 0; i < CONSUMERS; i++) {
                consumers.add(ChildJvm.start(dir, "consumer-" + i, StoreWorker.class, "consumer", db.toString(),
                        "station-" + i, stop.toString()));
            }
            long started = System.nanoTime();
            for (int i = 0; i < WRITERS; i++) {
                writers.add(ChildJvm.start(dir, "writer-" + i, StoreWorker.class, "writer", db.toString(),
                        "K" + i, String.valueOf(ORDERS_PER_WRITER)));
            }
            for (ChildJvm writer : writers) {
                assertEquals(0, writer.await(180_000), writer::describe);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Files.createFile(stop);
            for (ChildJvm consumer : consumers) {
                assertEquals(0, consumer.await(60_000), consumer::describe);
            }
            System.out.printf("multi-process: %d paid orders by %d writer JVMs in %.1f s (%.0f paid orders/s incl. JVM start)%n",
                    WRITERS * ORDERS_PER_WRITER, WRITERS, seconds, WRITERS * ORDERS_PER_WRITER / seconds);

            Set<Long> paid = new HashSet<>();
            for (ChildJvm writer : writers) {
                List<Long> ids = writer.numbersAfter("PAID ");
                assertEquals(ORDERS_PER_WRITER, ids.size(), writer::describe);
                paid.addAll(ids);
            }
            assertEquals(WRITERS * ORDERS_PER_WRITER, paid.size());
            List<Long> claimed = new ArrayList<>();
            consumers.forEach(c -> claimed.addAll(c.numbersAfter("CLAIMED ")));
            assertEquals(paid.size(), claimed.size(), "every order claimed exactly once");
            assertEquals(paid, new HashSet<>(claimed));
            assertTrue(consumers.stream().allMatch(c -> !c.numbersAfter("CLAIMED ").isEmpty()),
                    "both stations took part");

            assertEachKioskClaimedInPaidOrder(db);
        } finally {
            ChildJvm.closeAll(writers);
            ChildJvm.closeAll(consumers);
        }
    }

    /** The claim events' order (their AUTOINCREMENT ids are commit order) follows each kiosk's paying order. */
    private static void assertEachKioskClaimedInPaidOrder(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement()) {
            Map<String, List<long[]>> byKiosk = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT o.kiosk_id, o.id, o.paid_at FROM order_events e "
                    + "JOIN orders o ON o.id = e.order_id WHERE e.to_status = 'IN_PREPARATION' ORDER BY e.id")) {
                while (rs.next()) {
                    byKiosk.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new long[]{rs.getLong(2), rs.getLong(3)});
                }
            }
            assertEquals(WRITERS, byKiosk.size());
            byKiosk.forEach((kiosk, claims) -> {
                assertEquals(ORDERS_PER_WRITER, claims.size(), kiosk);
                for (int i = 1; i < claims.size(); i++) {
                    assertTrue(claims.get(i)[0] > claims.get(i - 1)[0], kiosk + " order " + claims.get(i)[0]
                            + " was claimed after " + claims.get(i - 1)[0] + " though paid before it");
                    assertTrue(claims.get(i)[1] >= claims.get(i - 1)[1], kiosk + ": paid_at out of order");
                }
            });
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM orders WHERE status <> 'PICKED_UP'")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "every order was claimed, made and handed out");
            }
        }
    }
}
