package com.brewline.cli;

import com.brewline.menu.MenuLoader;
import com.brewline.model.Menu;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.store.BrewlineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Internal: one kiosk writer process of {@code simulate} and {@code bench}. Reports each committed order on
 * stdout in {@link WorkerProtocol} lines, flushed at once, so the parent knows what was committed even if
 * this process dies.
 */
@Command(name = "kiosk-worker", hidden = true, description = "Internal: a kiosk writer process for simulate and bench.")
final class KioskWorkerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true)
    String db;

    @Option(names = "--kiosk-id", required = true)
    String kioskId;

    @Option(names = "--orders", required = true)
    int orders;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--menu", description = "Menu JSON file (default: the bundled menu).")
    Path menuFile;

    @Option(names = "--start-at", defaultValue = "0", description = "Wall-clock millis to start at (several workers at once).")
    long startAtMillis;

    @Option(names = "--wait-for-go", description = "After READY, wait for a line 'GO startAtMillis stopAtMillis' on stdin.")
    boolean waitForGo;

    @Option(names = "--stop-at", defaultValue = "0", description = "Wall-clock millis to stop at (0: when all orders are placed).")
    long stopAtMillis;

    @Option(names = "--interval-ms", defaultValue = "0")
    long intervalMillis;

    @Option(names = "--warm-up", defaultValue = "0", description = "Before READY, place this many simulated orders "
            + "in a private scratch database (deleted afterwards), so the timed orders run compiled code, not a cold JVM.")
    int warmUpOrders;

    @Option(names = "--parent-pid", defaultValue = "0", hidden = true,
            description = "The process that started this worker: the worker ends when it is gone.")
    long parentPid;

    @Mixin
    PayerOptions payerOptions;

    @Mixin
    NotifyOptions notifyOptions;

    @Mixin
    KitchenOptions kitchen;

    @Override
    public Integer call() throws Exception {
        ParentWatch.exitWhenParentEnds("kiosk-worker " + kioskId, parentPid);
        PrintWriter out = spec.commandLine().getOut();
        Menu menu = menuFile == null ? MenuLoader.loadDefault() : MenuLoader.load(menuFile);
        if (warmUpOrders > 0) {
            warmUp(menu);
        }
        notifyOptions.validate();
        try (BrewlineStore store = Stores.openExisting(db); KioskPayer payer = payerOptions.create(store, kioskId);
             AutoCloseable sender = notifyOptions.startSender(store, kioskId)) {
            Pacer pacer = kitchen.paces() ? SimulatedKitchen.pacer(store, kitchen, menu) : null;
            KioskWorker worker = new KioskWorker(store, menu, payer, kioskId, seed).phones(notifyOptions.phones(seed))
                    .pacedBy(pacer);
            out.println(WorkerProtocol.line(WorkerProtocol.READY));
            out.flush();
            if (waitForGo) {
                String go = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                String[] fields = go == null ? new String[0] : go.trim().split(" ");
                if (fields.length != 3 || !fields[0].equals("GO")) {
                    throw new CliException("expected 'GO startAtMillis stopAtMillis' on stdin, got: " + go);
                }
                startAtMillis = Long.parseLong(fields[1]);
                stopAtMillis = Long.parseLong(fields[2]);
            }
            long wait = startAtMillis - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            KioskWorker.Result result = worker.run(orders, stopAtMillis, intervalMillis, new KioskWorker.Listener() {
                @Override
                public void placed(Order order, long committedAtMillis) {
                    out.println(WorkerProtocol.line(WorkerProtocol.PLACED, order.id(), order.pickupNumber(), committedAtMillis));
                    out.flush();
                }

                @Override
                public void paymentFailed(String reason) {
                    out.println(WorkerProtocol.line(WorkerProtocol.FAILED, reason.replace('\n', ' ')));
                    out.flush();
                }
            });
            if (pacer != null) {
                out.println(WorkerProtocol.line(WorkerProtocol.PACED, pacer.pauses.get(), pacer.resumes.get(),
                        pacer.waitShown.get(), pacer.pausedMillis.get(), pacer.longestWaitSeconds.get()));
            }
            out.println(WorkerProtocol.line(WorkerProtocol.DONE, result.placed(), result.paymentFailed(),
                    result.startMillis(), result.endMillis(), result.paidCommitNanos()));
            out.flush();
        }
        return 0;
    }

    /** The same store code on a scratch database of its own: the measured database never sees these orders. */
    private void warmUp(Menu menu) throws Exception {
        if (Stores.isServer(db)) {
            // a server's driver and pool warm up only on a server: on the run's own (bench) database, before READY,
            // so these orders are never counted; they are claimed and handed out like the rest
            try (BrewlineStore store = Stores.openExisting(db)) {
                warmUp(store, menu);
            }
            return;
        }
        Path dir = Files.createTempDirectory("brewline-warm-up");
        Path scratch = dir.resolve("warm-up.db");
        try (BrewlineStore store = Stores.openOrCreate(scratch)) {
            warmUp(store, menu);
        } finally {
            for (String suffix : new String[]{"", "-wal", "-shm", "-journal"}) {
                Files.deleteIfExists(dir.resolve("warm-up.db" + suffix));
            }
            Files.deleteIfExists(dir);
        }
    }

    private void warmUp(BrewlineStore store, Menu menu) {
        SimulateCommand.ensureDayOpen(store);
        SimulatedPayer payer = new SimulatedPayer(store, kioskId);
        RandomOrders orders = new RandomOrders(menu, seed);
        for (int i = 0; i < warmUpOrders; i++) {
            payer.placeAndPay(orders.next(kioskId, Set.of()));
            if (i % 100 == 99) { // hand the pickup numbers back, as baristas do in a real run
                Optional<Order> claimed;
                while ((claimed = store.orders().claimOldestPaid("warm-up")).isPresent()) {
                    store.orders().transition(claimed.get().id(), OrderStatus.READY, "warm-up", "made");
                    store.orders().transition(claimed.get().id(), OrderStatus.PICKED_UP, "warm-up", "picked up");
                }
            }
        }
    }
}
