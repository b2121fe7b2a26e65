package com.brewline.store.postgres;

import com.brewline.testkit.ChildJvm;
import com.brewline.store.contract.StoreWorker;
import com.brewline.store.contract.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
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

/** 4 kiosk processes and 2 station processes, each a real JVM with its own pool, on one PostgreSQL database. */
class PostgresMultiProcessQueueIT {
    static final int WRITERS = 4;
    static final int ORDERS_PER_WRITER = 250;
    static final int CONSUMERS = 2;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void fourWritersAndTwoStationsClaimEveryOrderOnceInPaidOrder() throws Exception {
        String url = TestPostgres.newDatabase("queue");
        try (PostgresStore store = PostgresStore.open(url, Clock.systemUTC())) {
            store.days().open(LocalDate.now(), "test");
        }
        Path stop = dir.resolve("writers-done");
        List<ChildJvm> consumers = new ArrayList<>();
        List<ChildJvm> writers = new ArrayList<>();
        try {
            for (int i = 0; i < CONSUMERS; i++) {
                consumers.add(ChildJvm.start(dir, "station-" + i, StoreWorker.class, "consumer", url, "station-" + i,
                        stop.toString()));
            }
            long started = System.nanoTime();
            for (int i = 0; i < WRITERS; i++) {
                writers.add(ChildJvm.start(dir, "kiosk-" + i, StoreWorker.class, "writer", url, "K" + i,
                        String.valueOf(ORDERS_PER_WRITER)));
            }
            for (ChildJvm writer : writers) {
                assertEquals(0, writer.await(200_000), writer::describe);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Files.createFile(stop);
            for (ChildJvm consumer : consumers) {
                assertEquals(0, consumer.await(60_000), consumer::describe);
            }
            System.out.printf("PostgreSQL multi-process: %d paid orders by %d writer JVMs in %.1f s (%.0f/s incl. JVM start)%n",
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
            assertTrue(consumers.stream().allMatch(c -> !c.numbersAfter("CLAIMED ").isEmpty()), "both stations took part");

            try (Connection c = TestPostgres.connect(url)) {
                Map<Long, Long> seqOf = paidSequence(c);
                // each station always took the oldest paid order no other station was taking: its own claims
                // follow the order payments committed in (a station never jumps over an order it could have had)
                for (ChildJvm consumer : consumers) {
                    List<Long> mine = consumer.numbersAfter("CLAIMED ");
                    for (int i = 1; i < mine.size(); i++) {
                        assertTrue(seqOf.get(mine.get(i)) > seqOf.get(mine.get(i - 1)), consumer.describe()
                                + ": claimed " + mine.get(i) + " after " + mine.get(i - 1) + " though paid before it");
                    }
                }
                // each kiosk's orders were paid one after another: their sequence follows the kiosk's order
                for (ChildJvm writer : writers) {
                    List<Long> mine = writer.numbersAfter("PAID ");
                    for (int i = 1; i < mine.size(); i++) {
                        assertTrue(seqOf.get(mine.get(i)) > seqOf.get(mine.get(i - 1)), writer.describe());
                    }
                }
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT count(*) FROM orders WHERE status <> 'PICKED_UP'")) {
                    rs.next();
                    assertEquals(0, rs.getInt(1), "every order was claimed, made and handed out");
                }
            }
        } finally {
            ChildJvm.closeAll(writers);
            ChildJvm.closeAll(consumers);
        }
    }

    static Map<Long, Long> paidSequence(Connection c) throws Exception {
        Map<Long, Long> seq = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, paid_seq FROM orders")) {
            while (rs.next()) {
                seq.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return seq;
    }
}
