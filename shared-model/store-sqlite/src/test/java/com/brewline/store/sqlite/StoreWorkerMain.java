package com.brewline.store.sqlite;

import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.store.BrewlineStore;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;

/**
 * The other processes of the multi-process tests, on the real store:
 * <ul>
 *   <li>{@code writer DB KIOSK COUNT}: COUNT paid orders (createPending + markPaid), prints "PAID id" after each.
 *       Like a real cafe it never runs more than {@value #MAX_OPEN} orders ahead of the baristas: a day has only
 *       999 pickup numbers for its open orders;</li>
 *   <li>{@code consumer DB STATION STOPFILE}: claims FIFO, prints "CLAIMED id", bumps the order ready and hands
 *       it out; ends when the stop file exists and the queue is empty;</li>
 *   <li>{@code endless-writer DB KIOSK}: prints "STARTED", then paid orders until killed, "COMMITTED id" after each
 *       markPaid returned; it also works each order through to picked up, so a kill lands in every kind of write.</li>
 * </ul>
 * Any exception (SQLITE_BUSY included) is printed to stderr and the exit code is 1.
 */
public final class StoreWorkerMain {
    private StoreWorkerMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (BrewlineStore store = SqliteStore.open(Path.of(args[1]), Clock.systemUTC())) {
            switch (args[0]) {
                case "open" -> out.println("OPENED " + store.days().current().isPresent());
                case "writer" -> {
                    int count = Integer.parseInt(args[3]);
                    try (Connection backlog = DriverManager.getConnection("jdbc:sqlite:" + args[1])) {
                        for (int i = 0; i < count; i++) {
                            waitForBaristas(backlog);
                            out.println("PAID " + payOne(store, args[2]).id());
                        }
                    }
                }
                case "consumer" -> consume(store, args[2], Path.of(args[3]), out);
                case "endless-writer" -> {
                    out.println("STARTED");
                    while (true) {
                        long id = payOne(store, args[2]).id();
                        out.println("COMMITTED " + id);
                        store.orders().transition(id, OrderStatus.IN_PREPARATION, "crash-test", null);
                        store.orders().transition(id, OrderStatus.READY, "crash-test", null);
                        store.orders().transition(id, OrderStatus.PICKED_UP, "crash-test", null);
                    }
                }
                default -> throw new IllegalArgumentException("unknown mode " + args[0]);
            }
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    static Order payOne(BrewlineStore store, String kiosk) {
        Order pending = store.orders().createPending(Orders.twoLines(kiosk));
        return store.orders().markPaid(pending.id(), "pay-" + pending.paymentOrderId(), pending.total(), "CARD",
                Clock.systemUTC().instant(), "kiosk:" + kiosk);
    }

    static final int MAX_OPEN = 500;

    private static void waitForBaristas(Connection backlog) throws SQLException, InterruptedException {
        while (true) {
            try (Statement s = backlog.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM orders WHERE status IN ('PAID','IN_PREPARATION','READY')")) {
                if (rs.next() && rs.getInt(1) < MAX_OPEN) {
                    return;
                }
            }
            Thread.sleep(5);
        }
    }

    private static void consume(BrewlineStore store, String station, Path stopFile, PrintStream out)
            throws InterruptedException {
        while (true) {
            boolean stopRequested = Files.exists(stopFile); // read before the claim: no order paid earlier is missed
            Optional<Order> claimed = store.orders().claimOldestPaid(station);
            if (claimed.isPresent()) {
                long id = claimed.get().id();
                out.println("CLAIMED " + id);
                store.orders().transition(id, OrderStatus.READY, station, null);
                store.orders().transition(id, OrderStatus.PICKED_UP, station, null);
            } else if (stopRequested) {
                return;
            } else {
                Thread.sleep(2);
            }
        }
    }
}
