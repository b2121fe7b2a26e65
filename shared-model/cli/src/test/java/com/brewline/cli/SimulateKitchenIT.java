package com.brewline.cli;

import com.brewline.kitchen.PartEvent;
import com.brewline.kitchen.PartState;
import com.brewline.kitchen.StationRouting;
import com.brewline.menu.MenuLoader;
import com.brewline.model.Order;
import com.brewline.store.BrewlineStore;
import com.brewline.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** simulate --stations and pacing: a rush that pauses the kiosks and lets them resume when the wait falls. */
class SimulateKitchenIT {
    private static final Pattern PACING = Pattern.compile(
            "Pacing: paused (\\d+) time\\(s\\), resumed (\\d+) time\\(s\\), [\\d.]+ s paused in all; the wait shown "
                    + "before (\\d+) order\\(s\\); longest estimated wait seen (\\d+) min");

    @TempDir
    Path dir;

    @Test
    @Timeout(180)
    void aRushPausesTheKiosksPastThePauseLimitAndTheyResumeWhenTheWaitFalls() throws Exception {
        Path db = dir.resolve("rush.db");
        // 2 kiosks x 20 orders placed as fast as they can against 2 stations at 0.1 % of real preparation time (a
        // minute's drink in 60 ms): the kiosks still outrun the stations many times over, and pacing reads the
        // menu's real minutes
        CliRun run = CliRun.of("simulate", "--db", db.toString(), "--kiosks", "2", "--orders", "20", "--baristas", "1",
                "--stations", "2", "--prep-scale", "0.001", "--pace-warn", "5", "--pace-pause", "10", "--in-process");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("OK: all 40 order(s) placed"), run.toString());
        Matcher pacing = PACING.matcher(run.out());
        assertTrue(pacing.find(), run.toString());
        int pauses = Integer.parseInt(pacing.group(1));
        assertTrue(pauses >= 1, "the rush paused the kiosks: " + run);
        assertEquals(pauses, Integer.parseInt(pacing.group(2)), "every pause ended: " + run);
        assertTrue(Integer.parseInt(pacing.group(3)) >= 1, "the wait was shown: " + run);
        assertTrue(Integer.parseInt(pacing.group(4)) <= 10, "no order was taken past the pause limit: " + run);
        assertEveryPartWorkedAtItsStation(db, 2);
    }

    @Test
    @Timeout(180)
    void kioskProcessesPaceAndThreeStationsEachMakeTheirPart() throws Exception {
        Path db = dir.resolve("stations.db");
        CliRun run = CliRun.of("simulate", "--db", db.toString(), "--kiosks", "2", "--orders", "12", "--baristas", "1",
                "--stations", "3", "--prep-scale", "0.001", "--pace-warn", "3", "--pace-pause", "6");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("kiosks as processes"), run.toString());
        assertTrue(run.out().contains("OK: all 24 order(s) placed"), run.toString());
        Matcher pacing = PACING.matcher(run.out());
        assertTrue(pacing.find(), run.toString());
        assertEquals(pacing.group(1), pacing.group(2), run.toString());
        assertTrue(Integer.parseInt(pacing.group(1)) >= 1, "kiosk processes paused too: " + run);
        assertEveryPartWorkedAtItsStation(db, 3);
    }

    @Test
    void wrongKitchenOptionsAreNamed() {
        CliRun run = CliRun.of("simulate", "--db", dir.resolve("x.db").toString(), "--kiosks", "1", "--orders", "1",
                "--baristas", "1", "--pace-warn", "10", "--pace-pause", "5");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--pace-warn/--pace-pause"), run.toString());
        CliRun stations = CliRun.of("simulate", "--db", dir.resolve("x.db").toString(), "--kiosks", "1", "--orders", "1",
                "--baristas", "1", "--stations", "9");
        assertTrue(stations.err().contains("--stations must be 0..8"), stations.toString());
    }

    /** Every order's parts were each claimed once and bumped, by exactly the stations that make its lines. */
    private static void assertEveryPartWorkedAtItsStation(Path db, int stations) throws Exception {
        KitchenOptions options = new KitchenOptions();
        options.stations = stations;
        StationRouting routing = options.routing(MenuLoader.loadDefault());
        try (BrewlineStore store = SqliteStore.open(db, Clock.systemDefaultZone())) {
            List<Order> orders = store.reports().daySummary(store.days().current().orElseThrow().date()).ordersPaid() > 0
                    ? allOrders(store) : List.of();
            assertFalse(orders.isEmpty());
            for (Order order : orders) {
                List<PartEvent> events = store.stations().partHistory(order.id());
                for (String station : routing.stationsOf(order)) {
                    assertEquals(1, events.stream().filter(e -> e.stationId().equals(station)
                            && e.to() == PartState.IN_PREPARATION).count(), order.ref() + " at " + station);
                    assertEquals(1, events.stream().filter(e -> e.stationId().equals(station)
                            && e.to() == PartState.BUMPED).count(), order.ref() + " at " + station);
                }
                assertEquals(Set.copyOf(routing.stationsOf(order)),
                        events.stream().map(PartEvent::stationId).collect(Collectors.toSet()), order.ref());
            }
        }
    }

    private static List<Order> allOrders(BrewlineStore store) {
        List<Order> orders = new ArrayList<>();
        for (long id = 1; ; id++) {
            var order = store.orders().find(id);
            if (order.isEmpty()) {
                return orders;
            }
            orders.add(order.get());
        }
    }
}
