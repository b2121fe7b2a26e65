package com.brewline.store.sqlite;

import com.brewline.testkit.ChildJvm;
import com.brewline.kitchen.StationRouting;
import com.brewline.model.DiningOption;
import com.brewline.model.NewOrder;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** Stations as separate JVMs: two processes at the espresso bar and one at the cold bar, on one database. */
class StationsIT {
    static final String ROUTING_SPEC = "bar=coffee,tea;cold=ade-smoothie";
    static final int ORDERS = 120;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void eachStationProcessMakesOnlyItsPartsFirstInFirstOutAndOrdersTurnReadyWhenAllAreBumped() throws Exception {
        Path db = dir.resolve("stations.db");
        Path stop = dir.resolve("stop");
        StationRouting routing = StationWorkerMain.parse(ROUTING_SPEC);
        List<ChildJvm> stations = new ArrayList<>();
        Map<Long, Set<String>> expectedParts = new HashMap<>();
        try (SqliteStore store = SqliteStore.open(db, Clock.systemUTC())) {
            store.days().open(LocalDate.now(), "test");
            stations.add(ChildJvm.start(dir, "bar-1", StationWorkerMain.class, db.toString(), ROUTING_SPEC, "bar", "bar-1", stop.toString()));
            stations.add(ChildJvm.start(dir, "bar-2", StationWorkerMain.class, db.toString(), ROUTING_SPEC, "bar", "bar-2", stop.toString()));
            stations.add(ChildJvm.start(dir, "cold-1", StationWorkerMain.class, db.toString(), ROUTING_SPEC, "cold", "cold-1", stop.toString()));
            for (ChildJvm station : stations) {
                assertTrue(station.awaitLine("STARTED", 30_000), station::describe);
            }
            Random random = new Random(12);
            for (int i = 0; i < ORDERS; i++) {
                List<OrderLine> lines = new ArrayList<>();
                int kind = random.nextInt(3); // coffee only, ade only, or both
                if (kind != 1) {
                    lines.add(new OrderLine("latte", "라떼", "Latte", List.of(), 1, 5000, 90, "coffee"));
                }
                if (kind != 0) {
                    lines.add(new OrderLine("lemon-ade", "레몬에이드", "Lemonade", List.of(), 1, 5500, 60, "ade-smoothie"));
                }
                Order pending = store.orders().createPending(new NewOrder("K1", DiningOption.TAKEOUT, lines));
                Order paid = store.orders().markPaid(pending.id(), "pay-" + pending.id(), pending.total(), "CARD",
                        Instant.now(), "K1");
                expectedParts.put(paid.id(), new HashSet<>(routing.stationsOf(paid)));
            }
            Files.createFile(stop);
            for (ChildJvm station : stations) {
                assertEquals(0, station.await(60_000), station::describe);
            }
        } finally {
            ChildJvm.closeAll(stations);
        }

        Map<String, List<Long>> claimsByStation = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT station_id, order_id FROM part_events "
                    + "WHERE to_state = 'IN_PREPARATION' ORDER BY id")) {
                while (rs.next()) {
                    claimsByStation.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM orders WHERE status <> 'READY'")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "every order turned ready");
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM order_events WHERE to_status = 'READY'")) {
                rs.next();
                assertEquals(ORDERS, rs.getInt(1), "each order turned ready exactly once");
            }
        }
        Map<String, Set<Long>> expectedByStation = new HashMap<>();
        expectedParts.forEach((order, parts) -> parts.forEach(
                station -> expectedByStation.computeIfAbsent(station, k -> new HashSet<>()).add(order)));
        for (String station : List.of("bar", "cold")) {
            List<Long> claims = claimsByStation.get(station);
            assertEquals(expectedByStation.get(station).size(), claims.size(), station + ": each part claimed once");
            assertEquals(expectedByStation.get(station), new HashSet<>(claims), station + " made exactly its parts");
            for (int i = 1; i < claims.size(); i++) {
                assertTrue(claims.get(i) > claims.get(i - 1), station + " claimed " + claims.get(i) + " after "
                        + claims.get(i - 1) + " though it was paid later");
            }
        }
        List<Long> byBar1 = stations.get(0).numbersAfter("CLAIMED ");
        List<Long> byBar2 = stations.get(1).numbersAfter("CLAIMED ");
        assertTrue(Collections.disjoint(byBar1, byBar2), "two processes of one station never claim one part");
        System.out.printf("stations: %d orders, bar parts %d (bar-1 %d, bar-2 %d), cold parts %d%n", ORDERS,
                claimsByStation.get("bar").size(), byBar1.size(), byBar2.size(), claimsByStation.get("cold").size());
    }
}
