package com.brewline.store.contract;

import com.brewline.store.BrewlineStore;
import com.brewline.store.Stores;
import com.brewline.testkit.ChildJvm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The multi-process queue test of every engine: kiosk JVMs paying orders and station JVMs claiming them, each a
 * real process with its own connections, on one store. Every order is claimed exactly once, by both stations
 * between them; each station's claims follow the order payments committed in (a station never jumps over an
 * order it could have had); each kiosk's orders were paid and claimed in its own order; all were handed out.
 */
public final class MultiProcessQueue {
    /** A plain JDBC connection to the store under test, for the checks that read the rows themselves. */
    @FunctionalInterface
    public interface RawConnection {
        Connection open() throws SQLException;
    }

    private MultiProcessQueue() {
    }

    /**
     * @return the paid orders per second the writers reached from their go, opening the store included (printed,
     * never asserted)
     */
    public static double run(Path dir, String location, RawConnection raw, int writerCount, int ordersPerWriter,
                             int consumerCount) throws Exception {
        try (BrewlineStore store = Stores.open(location, Clock.systemUTC())) {
            store.days().open(LocalDate.now(), "test");
        }
        Path stop = dir.resolve("writers-done");
        List<ChildJvm> consumers = new ArrayList<>();
        List<ChildJvm> writers = new ArrayList<>();
        try {
            for (int i = 0; i < consumerCount; i++) {
                consumers.add(ChildJvm.start(dir, "station-" + i, StoreWorker.class, "consumer", location,
                        "station-" + i, stop.toString()));
            }
            for (int i = 0; i < writerCount; i++) { // their JVMs start beside the stations', and wait for the go
                writers.add(ChildJvm.start(dir, "kiosk-" + i, StoreWorker.class, "writer", location, "K" + i,
                        String.valueOf(ordersPerWriter), StoreWorker.WAIT_FOR_GO));
            }
            for (ChildJvm consumer : consumers) { // both stations up before the first order: both take part
                assertTrue(consumer.awaitLine("CONSUMING", 60_000), consumer::describe);
            }
            long started = System.nanoTime();
            for (ChildJvm writer : writers) {
                writer.send("GO");
            }
            for (ChildJvm writer : writers) {
                assertEquals(0, writer.await(200_000), writer::describe);
            }
            double rate = writerCount * ordersPerWriter / ((System.nanoTime() - started) / 1e9);
            Files.createFile(stop);
            for (ChildJvm consumer : consumers) {
                assertEquals(0, consumer.await(60_000), consumer::describe);
            }

            Set<Long> paid = new HashSet<>();
            for (ChildJvm writer : writers) {
                List<Long> ids = writer.numbersAfter("PAID ");
                assertEquals(ordersPerWriter, ids.size(), writer::describe);
                paid.addAll(ids);
            }
            assertEquals(writerCount * ordersPerWriter, paid.size());
            List<Long> claimed = new ArrayList<>();
            consumers.forEach(c -> claimed.addAll(c.numbersAfter("CLAIMED ")));
            assertEquals(paid.size(), claimed.size(), "every order claimed exactly once");
            assertEquals(paid, new HashSet<>(claimed));
            assertTrue(consumers.stream().allMatch(c -> !c.numbersAfter("CLAIMED ").isEmpty()), () -> "both stations took part: "
                    + consumers.stream().map(c -> c.numbersAfter("CLAIMED ").size() + " claimed").toList());

            try (Connection c = raw.open()) {
                Map<Long, Long> seqOf = paidSequence(c);
                for (ChildJvm consumer : consumers) {
                    List<Long> mine = consumer.numbersAfter("CLAIMED ");
                    for (int i = 1; i < mine.size(); i++) {
                        assertTrue(seqOf.get(mine.get(i)) > seqOf.get(mine.get(i - 1)), consumer.describe()
                                + ": claimed " + mine.get(i) + " after " + mine.get(i - 1) + " though paid before it");
                    }
                }
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
            return rate;
        } finally {
            ChildJvm.closeAll(writers);
            ChildJvm.closeAll(consumers);
        }
    }

    private static Map<Long, Long> paidSequence(Connection c) throws SQLException {
        Map<Long, Long> seq = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, paid_seq FROM orders")) {
            while (rs.next()) {
                seq.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return seq;
    }
}
