package com.brewline.store.sqlite;

import com.brewline.store.contract.KilledWriters;
import com.brewline.testkit.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** kill -9 of a writer in the middle of its commits, again and again, on one database. */
class CrashRecoveryIT {
    static final int ROUNDS = 20;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 200, unit = TimeUnit.SECONDS)
    void everyReportedOrderSurvivesAKillAndNoOrderIsHalfWritten() throws Exception {
        Path db = dir.resolve("crash.db");
        try (SqliteStore store = SqliteStore.open(db, Clock.systemUTC())) {
            store.days().open(LocalDate.now(), "test");
        }
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Set<Long> reported = new HashSet<>();
        try (KilledWriters writers = new KilledWriters(dir, db.toString(), ROUNDS, round -> "K1")) {
            for (int round = 0; round < ROUNDS; round++) {
                List<Long> ids;
                try (ChildJvm writer = writers.writing()) { // in the middle of the stream
                    Thread.sleep(20 + random.nextInt(151)); // the kill lands anywhere in a commit
                    writer.kill();
                    ids = writer.numbersAfter("COMMITTED ");
                }
                for (Long id : ids) {
                    assertTrue(reported.add(id), "order " + id + " reported twice (seed " + seed + ")");
                }
                // the next opening recovers the WAL left by the killed process
                try (SqliteStore store = SqliteStore.open(db, Clock.systemUTC())) {
                    for (Long id : ids) {
                        assertNotNull(store.orders().find(id).orElseThrow().paidAt(), "order " + id + " lost its payment");
                    }
                }
            }
        }
        assertFalse(reported.isEmpty(), "the writers committed nothing before being killed");
        System.out.printf("crash: %d rounds, %d reported orders survived (seed %d)%n", ROUNDS, reported.size(), seed);
        assertDatabaseWhole(db, reported);
    }

    private static void assertDatabaseWhole(Path db, Set<Long> reported) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            assertEquals("ok", single(s, "PRAGMA integrity_check"));
            assertEquals("0", single(s, "SELECT count(*) FROM orders o WHERE (SELECT count(*) FROM order_lines l "
                    + "WHERE l.order_id = o.id) <> 2"), "every order has both its lines");
            assertEquals("0", single(s, "SELECT count(*) FROM orders o WHERE NOT EXISTS "
                    + "(SELECT 1 FROM payments p WHERE p.order_id = o.id)"), "every order has its payment row");
            assertEquals("0", single(s, "SELECT count(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_events e "
                    + "WHERE e.order_id = o.id AND e.to_status = 'PENDING_PAYMENT')"), "every order has its creation event");
            assertEquals("0", single(s, "SELECT count(*) FROM orders o JOIN payments p ON p.order_id = o.id "
                    + "WHERE o.status <> 'PENDING_PAYMENT' AND (o.paid_at IS NULL OR o.pickup_number = 0 "
                    + "OR p.payment_key IS NULL OR (SELECT count(*) FROM order_events e WHERE e.order_id = o.id "
                    + "AND e.to_status = 'PAID') <> 1)"), "every paid order has its payment, number and one PAID event");
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*), max(paid_at IS NOT NULL) FROM orders "
                    + "WHERE id = ?")) {
                for (long id : reported) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        assertEquals(1, rs.getInt(1), "order " + id + " is in the database once");
                        assertEquals(1, rs.getInt(2), "order " + id + " is paid");
                    }
                }
            }
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }
}
