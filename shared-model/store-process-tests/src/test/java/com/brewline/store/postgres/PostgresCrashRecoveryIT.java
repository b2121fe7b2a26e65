package com.brewline.store.postgres;

import com.brewline.model.OrderStatus;
import com.brewline.testkit.ChildJvm;
import com.brewline.store.contract.KilledWriters;
import com.brewline.store.contract.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** kill -9 of a kiosk process in the middle of its commits, 20 times: nothing half-written, nothing reported lost. */
class PostgresCrashRecoveryIT {
    static final int KILLS = 20;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void everyReportedOrderSurvivesAKillAndNoOrderIsHalfWritten() throws Exception {
        String url = TestPostgres.newDatabase("crash");
        try (PostgresStore store = PostgresStore.open(url, Clock.systemUTC())) {
            store.days().open(LocalDate.now(), "test");
        }
        Set<Long> reported = new HashSet<>();
        try (KilledWriters writers = new KilledWriters(dir, url, KILLS, round -> "K" + round)) {
            for (int round = 0; round < KILLS; round++) {
                try (ChildJvm writer = writers.writing()) { // in the middle of the stream
                    Thread.sleep(ThreadLocalRandom.current().nextInt(20, 171)); // somewhere inside a commit
                    writer.kill();
                    reported.addAll(writer.numbersAfter("COMMITTED "));
                }
                assertDatabaseWhole(url, reported);
            }
        }
        try (PostgresStore store = PostgresStore.open(url, Clock.systemUTC())) {
            for (long id : reported) {
                assertTrue(store.orders().find(id).orElseThrow().status().ordinal() >= OrderStatus.PAID.ordinal());
            }
        }
        System.out.printf("PostgreSQL crash test: %d kills, %d reported orders all present%n", KILLS, reported.size());
    }

    private static void assertDatabaseWhole(String url, Set<Long> reported) throws SQLException {
        try (Connection c = TestPostgres.connect(url); Statement s = c.createStatement()) {
            assertEquals(0, count(s, "SELECT count(*) FROM orders o WHERE NOT EXISTS "
                    + "(SELECT 1 FROM order_lines l WHERE l.order_id = o.id)"), "an order without its lines");
            assertEquals(0, count(s, "SELECT count(*) FROM orders o WHERE NOT EXISTS "
                    + "(SELECT 1 FROM payments p WHERE p.order_id = o.id)"), "an order without its payment row");
            assertEquals(0, count(s, "SELECT count(*) FROM orders o WHERE o.status <> 'PENDING_PAYMENT' AND "
                    + "(o.paid_at IS NULL OR o.paid_seq IS NULL OR o.pickup_number = 0 OR NOT EXISTS (SELECT 1 FROM payments p "
                    + "WHERE p.order_id = o.id AND p.payment_key IS NOT NULL))"), "a paid order without its payment");
            assertEquals(0, count(s, "SELECT count(*) FROM orders o WHERE (SELECT to_status FROM order_events e "
                    + "WHERE e.order_id = o.id ORDER BY e.id DESC LIMIT 1) IS DISTINCT FROM o.status"),
                    "an order whose last event is not its status");
            assertEquals(0, count(s, "SELECT count(*) FROM (SELECT business_day_id, pickup_number FROM orders WHERE status IN "
                    + "('PAID','IN_PREPARATION','READY') GROUP BY 1, 2 HAVING count(*) > 1) d"), "two open orders, one number");
            Set<Long> present = new HashSet<>();
            try (ResultSet rs = s.executeQuery("SELECT id FROM orders WHERE status <> 'PENDING_PAYMENT'")) {
                while (rs.next()) {
                    present.add(rs.getLong(1));
                }
            }
            Set<Long> missing = new HashSet<>(reported);
            missing.removeAll(present);
            assertEquals(Set.of(), missing, "orders reported committed but not in the database");
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
