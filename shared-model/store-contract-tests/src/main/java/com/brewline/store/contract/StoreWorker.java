package com.brewline.store.contract;

import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.model.PickupBoard;
import com.brewline.store.BrewlineStore;
import com.brewline.store.Stores;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The other processes of the multi-process tests, on any engine (the location picks it):
 * <ul>
 *   <li>{@code open LOCATION}: opens the store (creating a SQLite file), prints "OPENED true|false";</li>
 *   <li>{@code writer LOCATION KIOSK COUNT}: COUNT paid orders (createPending + markPaid), prints "PAID id" after
 *       each; never more than {@value #MAX_OPEN} open orders ahead of the baristas (a day has 999 numbers);</li>
 *   <li>{@code consumer LOCATION STATION STOPFILE}: claims FIFO, prints "CLAIMED id", bumps the order ready and
 *       hands it out; ends when the stop file exists and the queue is empty;</li>
 *   <li>{@code endless-writer LOCATION KIOSK}: prints "STARTED", then paid orders until killed, "COMMITTED id"
 *       after each markPaid returned, each worked through to picked up so a kill lands in every kind of write.</li>
 * </ul>
 * With {@value #WAIT_FOR_GO} after the other arguments, the JVM starts and loads its classes (no store work: on 2
 * busy cores a warm-up would cost more than it hides), prints "WAITING" and touches the store only after a line "GO"
 * on its standard input (the end of its input: it ends without touching it): a test starts the next process while
 * the current one still works, and the two never share the store.
 * Any exception is printed to stderr and the exit code is 1.
 */
public final class StoreWorker {
    static final int MAX_OPEN = 500;
    public static final String WAIT_FOR_GO = "--wait-for-go";

    private StoreWorker() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args[args.length - 1].equals(WAIT_FOR_GO) && !awaitGo(out)) {
            System.exit(0);
        }
        try (BrewlineStore store = Stores.open(args[1], Clock.systemUTC())) {
            switch (args[0]) {
                case "open" -> out.println("OPENED " + store.days().current().isPresent());
                case "writer" -> {
                    int count = Integer.parseInt(args[3]);
                    for (int i = 0; i < count; i++) {
                        if (i % 20 == 0) {
                            waitForBaristas(store);
                        }
                        out.println("PAID " + payOne(store, args[2]).id());
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

    /** Loads the classes the first order needs, says it waits, and waits for "GO"; false when its input ended first. */
    private static boolean awaitGo(PrintStream out) {
        Orders.twoLines("warm-up");
        for (String name : new String[]{"com.brewline.store.sqlite.SqliteStore", "org.sqlite.JDBC",
                "com.brewline.store.postgres.PostgresStore", "org.postgresql.Driver", "com.zaxxer.hikari.HikariDataSource"}) {
            try {
                Class.forName(name);
            } catch (ClassNotFoundException e) {
                // that engine is not on this class path
            }
        }
        out.println("WAITING");
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                if (line.equals("GO")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    public static Order payOne(BrewlineStore store, String kiosk) {
        Order pending = store.orders().createPending(Orders.twoLines(kiosk));
        return store.orders().markPaid(pending.id(), "pay-" + pending.paymentOrderId(), pending.total(), "CARD",
                Clock.systemUTC().instant(), "kiosk:" + kiosk);
    }

    private static void waitForBaristas(BrewlineStore store) throws InterruptedException {
        while (true) {
            PickupBoard board = store.readModel().pickupBoard();
            if (board.preparing().size() + board.ready().size() < MAX_OPEN - 20) {
                return;
            }
            Thread.sleep(5);
        }
    }

    private static void consume(BrewlineStore store, String station, Path stopFile, PrintStream out)
            throws InterruptedException {
        out.println("CONSUMING"); // the store is open: the test starts its writers once every station is up
        while (true) {
            boolean stopRequested = Files.exists(stopFile); // read before the claim: no order paid earlier is missed
            Optional<Order> claimed = store.orders().claimOldestPaid(station);
            if (claimed.isPresent()) {
                long id = claimed.get().id();
                out.println("CLAIMED " + id);
                store.orders().transition(id, OrderStatus.READY, station, null);
                store.orders().transition(id, OrderStatus.PICKED_UP, station, null);
                // a station takes a moment per order: SQLite's write lock is not fair, and a station that never
                // paused could keep it from the other one for a whole burst of orders (both must take part)
                Thread.sleep(1);
            } else if (stopRequested) {
                return;
            } else {
                Thread.sleep(2);
            }
        }
    }
}
