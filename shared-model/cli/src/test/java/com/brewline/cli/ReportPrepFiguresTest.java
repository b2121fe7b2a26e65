package com.brewline.cli;

import com.brewline.kitchen.ExpoOrder;
import com.brewline.kitchen.StationRouting;
import com.brewline.menu.MenuLoader;
import com.brewline.store.BrewlineStore;
import com.brewline.store.sqlite.SqliteStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** brewline report shows the preparation figures per station and per item, for the day and 4 weeks. */
class ReportPrepFiguresTest {
    @TempDir
    Path dir;

    @Test
    void theReportListsEveryStationAndItemMadeWithTheirFigures() throws Exception {
        Path db = dir.resolve("figures.db");
        KitchenOptions kitchen = new KitchenOptions();
        kitchen.stations = 2;
        StationRouting routing = kitchen.routing(MenuLoader.loadDefault());
        try (BrewlineStore store = SqliteStore.open(db, Clock.systemDefaultZone())) {
            SimulateCommand.ensureDayOpen(store);
            SimulatedPayer payer = new SimulatedPayer(store, "K1");
            RandomOrders orders = new RandomOrders(MenuLoader.loadDefault(), 3);
            for (int i = 0; i < 6; i++) {
                payer.placeAndPay(orders.next("K1", Set.of()));
            }
            for (String station : new String[]{"S1", "S2"}) {
                Optional<ExpoOrder> part;
                while ((part = store.stations().claimNext(routing, station, "t")).isPresent()) {
                    store.stations().bump(part.get().order().id(), routing, station, "t");
                }
            }
        }
        CliRun table = CliRun.of("report", "--db", db.toString());
        assertEquals(0, table.exitCode(), table.toString());
        assertTrue(table.out().contains("Preparation per ticket made (p50 / p90; late: waited 1.5 x the target"), table.out());
        assertTrue(table.out().matches("(?s).*\\nS1 +\\d+ +0 s +0 s +0 % +\\d+ .*"), table.out());

        CliRun json = CliRun.of("report", "--db", db.toString(), "--json", "--late-at", "2");
        assertEquals(0, json.exitCode(), json.toString());
        JsonNode figures = new ObjectMapper().readTree(json.out()).get("prepFigures");
        assertEquals(2.0, figures.get("lateAtTargetFraction").asDouble());
        assertTrue(figures.get("day").get("byStation").size() >= 1);
        assertEquals(figures.get("day").get("byItem").size(), figures.get("last4Weeks").get("byItem").size());
        assertEquals(0.0, figures.get("day").get("byItem").get(0).get("lateShare").asDouble());

        assertEquals(1, CliRun.of("report", "--db", db.toString(), "--late-at", "0").exitCode());
    }
}
