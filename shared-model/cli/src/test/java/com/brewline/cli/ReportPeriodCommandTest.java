package com.brewline.cli;

import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.report.OrdersCsv;
import com.brewline.store.BrewlineStore;
import com.brewline.store.sqlite.SqliteStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** {@code report --from/--to [--json|--csv]} on a database written through the real store. */
class ReportPeriodCommandTest {
    @TempDir
    Path dir;

    private long gross;
    private long cancelledTotal;

    private Path database() {
        Path db = dir.resolve("period.db");
        try (BrewlineStore store = SqliteStore.open(db, Clock.systemDefaultZone())) {
            SimulateCommand.ensureDayOpen(store);
            SimulatedPayer payer = new SimulatedPayer(store, "K1");
            RandomOrders orders = new RandomOrders(com.brewline.menu.MenuLoader.loadDefault(), 7);
            for (int i = 0; i < 4; i++) {
                payer.placeAndPay(orders.next("K1", Set.of()));
            }
            List<Order> paid = store.orders().openTickets();
            store.orders().transition(paid.get(3).id(), OrderStatus.CANCELLED, "customer", "changed my mind");
            store.orders().transition(paid.get(2).id(), OrderStatus.REJECTED, "barista:T", "out of oat milk");
            for (int i = 0; i < 2; i++) {
                Order claimed = store.orders().claimOldestPaid("barista:T").orElseThrow();
                store.orders().transition(claimed.id(), OrderStatus.READY, "barista:T", "made");
            }
            // two customers called staff: one answered by the station, one not (yet)
            long answered = store.alerts().raise("K1", "STAFF_CALL", "call staff");
            store.alerts().resolve(answered, "station-1");
            store.alerts().raise("K2", "STAFF_CALL", "call staff");
            store.alerts().raise("K1", "PRINTER", "out of paper"); // not a call
            gross = paid.stream().mapToLong(Order::total).sum();
            cancelledTotal = paid.get(3).total() + paid.get(2).total();
        }
        return db;
    }

    @Test
    void jsonHasThePeriodAndItsComparison() throws Exception {
        Path db = database();
        String today = LocalDate.now().toString();
        CliRun run = CliRun.of("report", "--db", db.toString(), "--from", today, "--to", today, "--json");
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode p = json.get("period");
        assertEquals(4, p.get("ordersPaid").asInt());
        assertEquals(2, p.get("ordersReady").asInt());
        assertEquals(gross, p.get("grossSales").asLong());
        assertEquals(cancelledTotal, p.get("refunded").asLong());
        assertEquals(1, p.get("cancelReasons").get("changed my mind").asInt());
        assertEquals(1, p.get("rejectReasons").get("out of oat milk").asInt());
        assertEquals(24, p.get("hours").size());
        int byHour = 0;
        for (JsonNode h : p.get("hours")) {
            byHour += h.get("orders").asInt();
            assertTrue(h.get("averageWaitMillis").asLong() >= 0);
        }
        assertEquals(4, byHour);
        JsonNode calls = p.get("staffCalls");
        assertEquals(2, calls.get("calls").asInt());
        assertEquals(1, calls.get("answered").asInt());
        assertEquals(1, calls.get("unanswered").asInt());
        assertTrue(calls.get("answerP50Millis").asLong() >= 0);
        assertEquals(calls.get("answerP50Millis").asLong(), calls.get("answerMaxMillis").asLong());
        assertEquals(0, json.get("comparison").get("staffCalls").get("calls").asInt());
        assertTrue(json.get("comparison").get("staffCalls").get("answerP50Millis").isNull());

        CliRun day = CliRun.of("report", "--db", db.toString(), "--day", today, "--json");
        assertEquals(0, day.exitCode(), day.toString());
        assertEquals(calls, new ObjectMapper().readTree(day.out()).get("staffCalls"), "the day report's calls");
        CliRun table = CliRun.of("report", "--db", db.toString(), "--day", today);
        assertTrue(table.out().matches("(?s).*Staff calls\\s+2\\R.*Staff calls answered\\s+1\\R.*"), table.out());
        assertEquals(LocalDate.now().minusWeeks(4).toString(), json.get("comparison").get("from").asText());
        assertEquals(0, json.get("comparison").get("ordersPaid").asInt());
    }

    @Test
    void tableAndCsv() {
        Path db = database();
        String today = LocalDate.now().toString();
        CliRun table = CliRun.of("report", "--db", db.toString(), "--from", today);
        assertEquals(0, table.exitCode(), table.toString());
        assertTrue(table.out().matches("(?s).*Orders paid\\s+4\\s+0\\n.*"), table.toString());
        assertTrue(table.out().contains("Staff calls"), table.toString());

        CliRun csv = CliRun.of("report", "--db", db.toString(), "--from", today, "--to", today, "--csv");
        assertEquals(0, csv.exitCode(), csv.toString());
        String[] rows = csv.out().split("\r\n");
        assertEquals(OrdersCsv.HEADER, rows[0]);
        assertEquals(5, rows.length, csv.out());
        assertEquals(1, List.of(rows).stream().filter(r -> r.contains(",CANCELLED,")).count(), csv.out());

        CliRun dayCsv = CliRun.of("report", "--db", db.toString(), "--day", today, "--csv");
        assertEquals(csv.out(), dayCsv.out());
    }

    @Test
    void wrongPeriodsAreRefusedByName() {
        Path db = database();
        CliRun backwards = CliRun.of("report", "--db", db.toString(), "--from", "2026-11-10", "--to", "2026-11-01");
        assertEquals(2, backwards.exitCode(), backwards.toString());
        assertTrue(backwards.err().contains("after it ends"), backwards.toString());
        CliRun toAlone = CliRun.of("report", "--db", db.toString(), "--to", "2026-11-01");
        assertEquals(2, toAlone.exitCode(), toAlone.toString());
        assertTrue(toAlone.err().contains("--to needs --from"), toAlone.toString());
    }
}
