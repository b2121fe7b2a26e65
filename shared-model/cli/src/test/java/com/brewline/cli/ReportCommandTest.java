package com.brewline.cli;

import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.store.BrewlineStore;
import com.brewline.store.sqlite.SqliteStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ReportCommandTest {
    @TempDir
    Path dir;

    /** Two picked-up orders and a cancelled one, written through the real store. */
    private Path databaseWithADay() {
        Path db = dir.resolve("report.db");
        try (BrewlineStore store = SqliteStore.open(db, Clock.systemDefaultZone())) {
            SimulateCommand.ensureDayOpen(store);
            SimulatedPayer payer = new SimulatedPayer(store, "K1");
            RandomOrders orders = new RandomOrders(com.brewline.menu.MenuLoader.loadDefault(), 1);
            for (int i = 0; i < 3; i++) {
                payer.placeAndPay(orders.next("K1", java.util.Set.of()));
            }
            List<Order> paid = store.orders().openTickets();
            store.orders().transition(paid.get(2).id(), OrderStatus.CANCELLED, "customer", "changed my mind");
            for (int i = 0; i < 2; i++) {
                Order claimed = store.orders().claimOldestPaid("barista:T").orElseThrow();
                store.orders().transition(claimed.id(), OrderStatus.READY, "barista:T", "made");
                store.orders().transition(claimed.id(), OrderStatus.PICKED_UP, "customer", "picked up");
            }
        }
        return db;
    }

    @Test
    void jsonHasTheDaySummary() throws Exception {
        Path db = databaseWithADay();
        long gross;
        long cancelledTotal;
        try (BrewlineStore store = SqliteStore.open(db, Clock.systemDefaultZone())) {
            List<Order> all = List.of(store.orders().find(1).orElseThrow(), store.orders().find(2).orElseThrow(),
                    store.orders().find(3).orElseThrow());
            gross = all.stream().mapToLong(Order::total).sum();
            cancelledTotal = all.stream().filter(o -> o.status() == OrderStatus.CANCELLED).mapToLong(Order::total).sum();
        }
        CliRun run = CliRun.of("report", "--db", db.toString(), "--json");
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(LocalDate.now().toString(), json.get("date").asText());
        assertEquals(3, json.get("ordersPaid").asInt());
        assertEquals(2, json.get("ordersPickedUp").asInt());
        assertEquals(1, json.get("cancelled").asInt());
        assertEquals(gross, json.get("grossSales").asLong());
        assertEquals(cancelledTotal, json.get("refunded").asLong());
        assertEquals(gross - cancelledTotal, json.get("netSales").asLong());
        assertTrue(json.get("averageWaitSeconds").isNumber() || json.get("averageWaitSeconds").isNull());
    }

    @Test
    void tableForANamedDay() {
        Path db = databaseWithADay();
        CliRun run = CliRun.of("report", "--db", db.toString(), "--day", LocalDate.now().toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("Brewline day summary — " + LocalDate.now()), run.toString());
        assertTrue(run.out().matches("(?s).*Orders paid\\s+3\\n.*"), run.toString());
        assertTrue(run.out().matches("(?s).*Cancelled by customer\\s+1\\n.*"), run.toString());
    }

    @Test
    void withoutDbTheConfiguredDatabaseIsReported() throws Exception {
        Path db = databaseWithADay();
        Path config = dir.resolve("brewline.json");
        Files.writeString(config, "{\"dataDir\": \"" + dir.toString().replace("\\", "/") + "\", \"database\": \"report.db\"}");
        CliRun run = CliRun.of("report", "--config", config.toString(), "--json");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(3, new ObjectMapper().readTree(run.out()).get("ordersPaid").asInt(), db + ": " + run);
        CliRun badConfig = CliRun.of("report", "--config", dir.resolve("none.json").toString());
        assertEquals(1, badConfig.exitCode(), badConfig.toString());
        assertTrue(badConfig.err().contains("none.json: no such configuration file"), badConfig.toString());
    }

    @Test
    void missingOrForeignDatabaseFailsClearly() throws Exception {
        CliRun missing = CliRun.of("report", "--db", dir.resolve("none.db").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().startsWith("brewline report: no database at "), missing.toString());
        assertFalse(Files.exists(dir.resolve("none.db")), "report never creates a database");

        Path text = Files.writeString(dir.resolve("notes.db"), "not a database at all, just some text here......");
        CliRun foreign = CliRun.of("report", "--db", text.toString());
        assertEquals(1, foreign.exitCode());
        assertTrue(foreign.err().contains("not an SQLite database"), foreign.toString());
        assertFalse(foreign.err().contains("\tat "), foreign.toString());

        CliRun badDay = CliRun.of("report", "--db", text.toString(), "--day", "yesterday");
        assertEquals(2, badDay.exitCode());
        assertTrue(badDay.err().contains("--day"), badDay.toString());
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(2, CliRun.of().exitCode());
        assertEquals(2, CliRun.of("frobnicate").exitCode());
    }

}
