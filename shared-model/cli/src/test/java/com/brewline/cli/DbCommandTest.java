package com.brewline.cli;

import com.brewline.model.BusinessDay;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.store.BrewlineStore;
import com.brewline.store.contract.Orders;
import com.brewline.store.contract.TestPostgres;
import com.brewline.store.postgres.PostgresStore;
import com.brewline.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** brewline db check / migrate / copy, on both engines. */
class DbCommandTest {
    @TempDir
    Path dir;

    @Test
    void migrateCreatesTheSchemaAndCheckSaysItIsUpToDateOnBothEngines() {
        String url = TestPostgres.newDatabase("dbcmd");
        Path file = dir.resolve("shop.db");
        for (String db : List.of(url, file.toString())) {
            CliRun migrate = CliRun.of("db", "migrate", "--db", db);
            assertEquals(0, migrate.exitCode(), migrate.toString());
            assertTrue(migrate.out().contains("up to date") && migrate.out().contains("migrated from version 0"),
                    migrate.toString());
            CliRun check = CliRun.of("db", "check", "--db", db);
            assertEquals(0, check.exitCode(), check.toString());
            assertTrue(check.out().contains("tables present"), check.toString());
            assertTrue(CliRun.of("db", "migrate", "--db", db).out().contains("nothing to do"));
        }
        CliRun empty = CliRun.of("db", "check", "--db", TestPostgres.newDatabase("empty"));
        assertEquals(1, empty.exitCode(), empty.toString());
        assertTrue(empty.err().contains("brewline db migrate"), empty.toString());
        CliRun none = CliRun.of("db", "check", "--db", dir.resolve("missing.db").toString());
        assertEquals(1, none.exitCode());
        assertTrue(none.err().contains("No database at"), none.toString());
    }

    @Test
    void copyMovesEveryRowOfASqliteStoreCountedAndChecked() throws Exception {
        Path file = dir.resolve("brewline.db");
        List<Order> orders = new ArrayList<>();
        long cancelledId;
        try (SqliteStore store = SqliteStore.open(file, Clock.systemUTC())) {
            store.days().open(LocalDate.of(2026, 11, 22), "barista");
            for (int i = 0; i < 30; i++) {
                Order pending = store.orders().createPending(Orders.twoLines("K" + (i % 3)));
                orders.add(store.orders().markPaid(pending.id(), "pay-" + i, pending.total(), "CARD",
                        Clock.systemUTC().instant(), "kiosk"));
            }
            Order claimed = store.orders().claimOldestPaid("station").orElseThrow();
            store.orders().setLineDone(claimed.id(), 1, true, "station");
            store.orders().transition(claimed.id(), OrderStatus.READY, "station", null);
            cancelledId = orders.get(5).id();
            store.orders().transition(cancelledId, OrderStatus.CANCELLED, "customer", "changed mind");
            store.orders().createPending(Orders.twoLines("K9")); // still pending: copied as it is
            store.availability().setSoldOut("cafe-latte", true, "barista");
            store.orders().setUrgent(orders.get(7).id(), "birthday", "barista");
        }
        byte[] before = Files.readAllBytes(file);
        String url = TestPostgres.newDatabase("copy");

        CliRun copy = CliRun.of("db", "copy", "--from", file.toString(), "--to", url);

        assertEquals(0, copy.exitCode(), copy.toString());
        for (String table : StoreCopy.TABLES) {
            assertTrue(copy.out().lines().anyMatch(l -> l.startsWith(table + " ") && l.endsWith("ok")), table + " in " + copy);
        }
        assertTrue(copy.out().contains("every count and checksum matches"), copy.toString());
        assertArrayEquals(before, Files.readAllBytes(file), "the SQLite file is only read");

        try (BrewlineStore pg = PostgresStore.open(url, Clock.systemUTC());
             SqliteStore sqlite = SqliteStore.open(file, Clock.systemUTC())) {
            for (Order o : orders) {
                assertEquals(sqlite.orders().find(o.id()), pg.orders().find(o.id()));
                assertEquals(sqlite.orders().history(o.id()), pg.orders().history(o.id()));
            }
            assertEquals(sqlite.orders().openTickets(), pg.orders().openTickets(), "the queue in the same order");
            assertEquals(sqlite.payments().refundsDue(), pg.payments().refundsDue());
            assertEquals(sqlite.availability().soldOutItemIds(), pg.availability().soldOutItemIds());
            assertEquals(sqlite.orders().urgentOrders(), pg.orders().urgentOrders());
            assertEquals(List.of(orders.get(7).id()), List.copyOf(pg.orders().urgentOrders().keySet()));
            assertEquals(sqlite.reports().daySummary(LocalDate.of(2026, 11, 22)),
                    pg.reports().daySummary(LocalDate.of(2026, 11, 22)));
            assertEquals(BusinessDay.State.OPEN, pg.days().current().orElseThrow().state());
            // new rows continue after the copied ids, and the queue after the copied orders
            Order next = pg.orders().createPending(Orders.twoLines("K1"));
            assertTrue(next.id() > orders.get(orders.size() - 1).id() + 1);
            Order paid = pg.orders().markPaid(next.id(), "pay-new", next.total(), "CARD", Clock.systemUTC().instant(), "k");
            List<Order> tickets = pg.orders().openTickets();
            assertEquals(paid.id(), tickets.get(tickets.size() - 1).id());
        }

        CliRun again = CliRun.of("db", "copy", "--from", file.toString(), "--to", url);
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("fills an empty store only"), again.toString());
    }
}
