package com.brewline.cli;

import com.brewline.menu.MenuLoader;
import com.brewline.model.BusinessDay;
import com.brewline.model.Menu;
import com.brewline.model.Order;
import com.brewline.model.OrderEvent;
import com.brewline.model.OrderStatus;
import com.brewline.kitchen.Station;
import com.brewline.kitchen.StationRouting;
import com.brewline.store.BrewlineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Kiosks and baristas against one database, then a check in the database that every order placed was
 * picked up exactly once.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {
                "Runs kiosks and baristas against one order database; checks every order was picked up exactly once.",
                "N kiosk writers place M orders each and B baristas work them; at the end every order placed is read "
                        + "back from the database: claimed once, first-in first-out, and picked up. Exit code 0 only "
                        + "when every order is accounted for.",
                "Each kiosk is a separate JVM (this program started again) unless --in-process is given, which runs "
                        + "kiosks as threads. Baristas are threads of this process, each with its own connection. "
                        + "Opens a business day if none is open."},
        sortOptions = false)
final class SimulateCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "PATH|URL", description = "Order database: a SQLite file (created if missing) or a postgresql://user@host:5432/db URL.")
    String db;

    @Option(names = "--kiosks", required = true, paramLabel = "N", description = "Kiosk writers (1..32).")
    int kiosks;

    @Option(names = "--orders", required = true, paramLabel = "M", description = "Orders EACH kiosk places (1..100000).")
    int ordersPerKiosk;

    @Option(names = "--baristas", required = true, paramLabel = "B", description = "Barista consumers (1..16).")
    int baristas;

    @Option(names = "--prep-scale", defaultValue = "0", paramLabel = "X",
            description = "Preparation takes the menu's prep time times X (0 = at once; 1 = real time). Default: ${DEFAULT-VALUE}.")
    double prepScale;

    @Option(names = "--order-interval-ms", defaultValue = "0", paramLabel = "MS",
            description = "Pause of each kiosk between two orders. Default: ${DEFAULT-VALUE}.")
    long orderIntervalMillis;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the random orders. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--menu", paramLabel = "FILE", description = "Menu JSON file (default: the bundled menu).")
    Path menuFile;

    @Option(names = "--in-process", description = "Run the kiosks as threads of this process instead of separate JVMs.")
    boolean inProcess;

    @Option(names = "--timeout", defaultValue = "600", paramLabel = "SECONDS",
            description = "Give up (exit 1) after this long. Default: ${DEFAULT-VALUE}.")
    long timeoutSeconds;

    @Mixin
    PayerOptions payerOptions;

    @Mixin
    NotifyOptions notifyOptions;

    @Mixin
    KitchenOptions kitchen;

    @Option(names = "--kill-kiosk-after", defaultValue = "0", paramLabel = "N", hidden = true,
            description = "Chaos: kill the first kiosk process (SIGKILL) once it has placed N orders (0: never).")
    int killKioskAfter;

    private volatile boolean kioskKilled;

    /** The kiosks' pacing, summed over kiosks (threads and processes). */
    private final Pacer pacingTotal = new Pacer(null);

    /** Order id to the kiosk that placed it, as the kiosks reported their commits. */
    private final Map<Long, String> placed = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> paymentFailures = new ConcurrentHashMap<>();
    /** Orders not placed, by why (KioskPayer.NotTaken): only declines are a normal outcome. */
    private final Map<KioskPayer.NotTaken, AtomicInteger> notTaken = new ConcurrentHashMap<>();

    @Override
    public Integer call() throws Exception {
        validate();
        PrintWriter out = spec.commandLine().getOut();
        Menu menu = menuFile == null ? MenuLoader.loadDefault() : MenuLoader.load(menuFile);
        long started = System.currentTimeMillis();
        long deadline = started + timeoutSeconds * 1000;
        String runId = Long.toString(started % 1_000_000, 36).toUpperCase();

        notifyOptions.validate();
        try (BrewlineStore store = Stores.openOrCreate(db);
             AutoCloseable sender = notifyOptions.startSender(store, "simulate")) {
            BusinessDay day = ensureDayOpen(store);
            out.printf("Simulating %d kiosk(s) x %d order(s), %d barista(s), prep scale %s, %s, on %s (business day %s)%n",
                    kiosks, ordersPerKiosk, baristas, prepScale, inProcess ? "kiosks as threads" : "kiosks as processes",
                    db, day.date());
            out.flush();

            StationRouting routing = kitchen.routing(menu);
            if (kitchen.hasStations() || kitchen.paces()) {
                out.printf("Stations: %s; pacing: %s%n", routing.stations().stream()
                        .map(s -> s.id() + " " + s.categoryIds()).toList(), kitchen.paces()
                        ? "show the wait past " + kitchen.paceWarnMinutes + " min, pause past " + kitchen.pacePauseMinutes
                        + " min of preparation" : "off");
                out.flush();
            }
            AtomicBoolean kiosksDone = new AtomicBoolean();
            Semaphore wakeUp = new Semaphore(0);
            Map<Long, AtomicInteger> claims = BaristaWorker.newClaimCounter();
            List<BaristaWorker> baristaWorkers = new ArrayList<>();
            List<StationWorker> stationWorkers = new ArrayList<>();
            Map<String, AtomicInteger> partClaims = StationWorker.newPartCounter();
            List<Thread> baristaThreads = new ArrayList<>();
            int workers = kitchen.hasStations() ? baristas * kitchen.stations : baristas;
            try (AutoCloseable feed = store.changes().subscribe(() -> wakeUp.release(workers))) {
                for (int b = 1; kitchen.hasStations() && b <= baristas; b++) {
                    for (Station station : routing.stations()) {
                        StationWorker worker = new StationWorker(store, routing, station.id(), station.id() + "-B" + b,
                                prepScale, kiosksDone::get, wakeUp, claims, partClaims);
                        Thread thread = new Thread(worker, "barista-" + worker.name());
                        thread.start();
                        stationWorkers.add(worker);
                        baristaThreads.add(thread);
                    }
                }
                for (int b = 1; !kitchen.hasStations() && b <= baristas; b++) {
                    BaristaWorker worker = new BaristaWorker(store, "B" + b, prepScale, kiosksDone::get, wakeUp, claims);
                    Thread thread = new Thread(worker, "barista-B" + b);
                    thread.start();
                    baristaWorkers.add(worker);
                    baristaThreads.add(thread);
                }
                List<String> problems = new ArrayList<>();
                List<KioskWorker.Result> kioskResults = inProcess
                        ? runKioskThreads(store, menu, runId, deadline, problems)
                        : runKioskProcesses(runId, deadline, problems);
                kiosksDone.set(true);
                wakeUp.release(workers);
                for (Thread thread : baristaThreads) {
                    thread.join(Math.max(1, deadline - System.currentTimeMillis()));
                    if (thread.isAlive()) {
                        thread.interrupt();
                        problems.add(thread.getName() + " did not finish before the time-out");
                    }
                }
                for (BaristaWorker worker : baristaWorkers) {
                    if (worker.failure != null) {
                        problems.add("barista " + worker.name() + " failed: " + BrewlineCli.describe(worker.failure));
                    }
                }
                for (StationWorker worker : stationWorkers) {
                    if (worker.failure != null) {
                        problems.add("barista " + worker.name() + " failed: " + BrewlineCli.describe(worker.failure));
                    }
                }
                long elapsed = System.currentTimeMillis() - started;
                printSummary(out, kioskResults, baristaWorkers, stationWorkers, elapsed);
                if (kitchen.paces()) {
                    SimulatedKitchen.printPacing(out, pacingTotal);
                }
                problems.addAll(checkNotTaken());
                problems.addAll(reconcileAndCount(out, store, runId));
                problems.addAll(checkEveryOrder(store, claims));
                if (kitchen.hasStations()) {
                    problems.addAll(SimulatedKitchen.checkParts(store, routing, placed.keySet(), partClaims));
                }
                if (notifyOptions.enabled()) {
                    problems.addAll(new NotificationCheck(store, notifyOptions.settings(), out)
                            .run(placed.keySet(), deadline));
                }
                return conclude(out, problems);
            }
        }
    }

    private void validate() {
        if (kiosks < 1 || kiosks > 32) {
            throw new ParameterException(spec.commandLine(), "--kiosks must be 1..32, was " + kiosks);
        }
        if (ordersPerKiosk < 1 || ordersPerKiosk > 100_000) {
            throw new ParameterException(spec.commandLine(), "--orders must be 1..100000, was " + ordersPerKiosk);
        }
        if (baristas < 1 || baristas > 16) {
            throw new ParameterException(spec.commandLine(), "--baristas must be 1..16, was " + baristas);
        }
        if (prepScale < 0 || Double.isNaN(prepScale) || prepScale > 10) {
            throw new ParameterException(spec.commandLine(), "--prep-scale must be 0..10, was " + prepScale);
        }
        try {
            kitchen.validate();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (orderIntervalMillis < 0 || timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--order-interval-ms must be >= 0 and --timeout >= 1");
        }
    }

    static BusinessDay ensureDayOpen(BrewlineStore store) {
        Optional<BusinessDay> current = store.days().current();
        if (current.isPresent() && current.get().takesOrders()) {
            return current.get();
        }
        return store.days().open(LocalDate.now(Stores.storeClock()), "simulator"); // the simulator is staff here
    }

    private List<KioskWorker.Result> runKioskThreads(BrewlineStore store, Menu menu, String runId, long deadline,
                                                     List<String> problems) throws InterruptedException {
        List<KioskWorker.Result> results = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int k = 1; k <= kiosks; k++) {
            String kioskId = kioskId(runId, k);
            long kioskSeed = seed * 1000 + k;
            Thread thread = new Thread(() -> {
                try (KioskPayer payer = payerOptions.create(store, kioskId)) {
                    Pacer pacer = kitchen.paces() ? SimulatedKitchen.pacer(store, kitchen, menu) : null;
                    KioskWorker.Result result = new KioskWorker(store, menu, payer, kioskId, kioskSeed)
                            .phones(notifyOptions.phones(kioskSeed)).pacedBy(pacer)
                            .run(ordersPerKiosk, deadline, orderIntervalMillis, listener(kioskId));
                    if (pacer != null) {
                        pacer.addTo(pacingTotal);
                    }
                    synchronized (results) {
                        results.add(result);
                    }
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                        problems.add("kiosk " + kioskId + " failed: " + BrewlineCli.describe(e));
                    }
                }
            }, "kiosk-" + kioskId);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join(Math.max(1, deadline - System.currentTimeMillis()));
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(5_000);
                problems.add(thread.getName() + " did not finish before the time-out");
            }
        }
        return results;
    }

    private KioskWorker.Listener listener(String kioskId) {
        return new KioskWorker.Listener() {
            @Override
            public void placed(Order order, long committedAtMillis) {
                placed.put(order.id(), kioskId);
            }

            @Override
            public void paymentFailed(String reason) {
                paymentFailures.computeIfAbsent(kioskId, k -> new AtomicInteger()).incrementAndGet();
                notTaken.computeIfAbsent(kindOf(reason), k -> new AtomicInteger()).incrementAndGet();
            }
        };
    }

    private List<KioskWorker.Result> runKioskProcesses(String runId, long deadline, List<String> problems)
            throws InterruptedException {
        List<WorkerProcess> processes = new ArrayList<>();
        Map<String, KioskWorker.Result> results = new ConcurrentHashMap<>();
        try {
            for (int k = 1; k <= kiosks; k++) {
                String kioskId = kioskId(runId, k);
                List<String> args = new ArrayList<>(List.of("kiosk-worker", "--db", db.toString(), "--kiosk-id", kioskId,
                        "--orders", Integer.toString(ordersPerKiosk), "--seed", Long.toString(seed * 1000 + k),
                        "--stop-at", Long.toString(deadline), "--interval-ms", Long.toString(orderIntervalMillis),
                        "--parent-pid", Long.toString(ProcessHandle.current().pid())));
                if (menuFile != null) {
                    args.addAll(List.of("--menu", menuFile.toString()));
                }
                args.addAll(payerOptions.forwardedArgs());
                args.addAll(notifyOptions.forwardedArgs());
                args.addAll(kitchen.forwardedArgs());
                KioskWorker.Listener listener = listener(kioskId);
                WorkerProcess[] self = new WorkerProcess[1];
                AtomicInteger placedHere = new AtomicInteger();
                boolean chaos = k == 1 && killKioskAfter > 0;
                processes.add(self[0] = WorkerProcess.start("kiosk-" + kioskId, args, payerOptions.forwardedEnvironment(), fields -> {
                    switch (fields[0]) {
                        case WorkerProtocol.PLACED -> {
                            placed.put(Long.parseLong(fields[1]), kioskId);
                            if (chaos && placedHere.incrementAndGet() == killKioskAfter) {
                                kioskKilled = true;
                                self[0].killHard();
                                spec.commandLine().getOut().printf("(chaos: kiosk %s killed with SIGKILL after %d orders)%n",
                                        kioskId, killKioskAfter);
                            }
                        }
                        case WorkerProtocol.FAILED -> listener.paymentFailed(
                                String.join(" ", java.util.Arrays.copyOfRange(fields, 1, fields.length)));
                        case WorkerProtocol.PACED -> SimulatedKitchen.addPaced(pacingTotal, fields);
                        case WorkerProtocol.DONE -> results.put(kioskId, new KioskWorker.Result(kioskId,
                                Integer.parseInt(fields[1]), Integer.parseInt(fields[2]),
                                Long.parseLong(fields[3]), Long.parseLong(fields[4]), Long.parseLong(fields[5])));
                        default -> { }
                    }
                }));
            }
            for (WorkerProcess process : processes) {
                int exit = process.await(deadline);
                if (exit != 0 && !(kioskKilled && process == processes.get(0))) {
                    problems.add(process.name() + (exit < 0 ? " was killed at the time-out" : " exited with " + exit));
                }
            }
        } finally {
            processes.forEach(WorkerProcess::close);
        }
        return results.values().stream().sorted(java.util.Comparator.comparing(KioskWorker.Result::kioskId)).toList();
    }

    /** The kind a worker put first in its reason; anything unreadable counts as a failure. */
    static KioskPayer.NotTaken kindOf(String reason) {
        String first = reason == null ? "" : reason.strip().split(" ", 2)[0];
        for (KioskPayer.NotTaken kind : KioskPayer.NotTaken.values()) {
            if (kind.name().equals(first)) {
                return kind;
            }
        }
        return KioskPayer.NotTaken.FAILED;
    }

    private int count(KioskPayer.NotTaken kind) {
        AtomicInteger n = notTaken.get(kind);
        return n == null ? 0 : n.get();
    }

    /**
     * Orders were lost for other reasons than declines: the run failed, whatever the queue check says. Refusals
     * while the provider was unavailable count once per order tried again, so they are told as attempts.
     */
    private List<String> checkNotTaken() {
        List<String> problems = new ArrayList<>();
        int requested = kiosks * ordersPerKiosk;
        if (placed.isEmpty()) {
            problems.add("no order was placed of the " + requested + " requested");
        }
        if (count(KioskPayer.NotTaken.UNAVAILABLE) > 0) {
            problems.add(count(KioskPayer.NotTaken.UNAVAILABLE) + " attempt(s) refused while the payment provider was "
                    + "unavailable");
        }
        if (count(KioskPayer.NotTaken.FAILED) > 0) {
            problems.add(count(KioskPayer.NotTaken.FAILED) + " order(s) could not be placed (failed)");
        }
        return problems;
    }

    /**
     * What the kiosks left behind: with a provider, one reconcile pass settles pending orders from what the provider
     * says and sends refunds due; either way the pending orders this run still has are counted.
     */
    private List<String> reconcileAndCount(PrintWriter out, BrewlineStore store, String runId) {
        List<String> problems = new ArrayList<>();
        KioskPayer payer = payerOptions.create(store, "SIM-" + runId + "-reconcile");
        try (payer) {
            if (payer instanceof ProviderPayer provider) {
                ReconcileCommand.Left left = ReconcileCommand.run(store, provider.client(), Stores.storeClock(),
                        java.time.Duration.ZERO);
                out.println(left.describe());
            }
        }
        String prefix = "SIM-" + runId + "-";
        long pending = store.orders().pendingCreatedBefore(java.time.Instant.now().plusSeconds(1)).stream()
                .filter(o -> o.kioskId().startsWith(prefix)).count();
        out.printf("Left pending by this run: %d order(s)%n", pending);
        out.flush();
        if (pending > 0) {
            problems.add(pending + " order(s) of this run are still pending (payment not settled)");
        }
        return problems;
    }

    private static String kioskId(String runId, int k) {
        return "SIM-" + runId + "-K" + k;
    }

    private void printSummary(PrintWriter out, List<KioskWorker.Result> kioskResults, List<BaristaWorker> baristaWorkers,
                              List<StationWorker> stationWorkers, long elapsedMillis) {
        out.println();
        out.printf("%-22s %8s %8s %10s %10s%n", "kiosk", "placed", "failed", "seconds", "orders/s");
        for (KioskWorker.Result r : kioskResults) {
            out.printf("%-22s %8d %8d %10.2f %10.1f%n", r.kioskId(), r.placed(), r.paymentFailed(),
                    r.elapsedMillis() / 1000.0, r.placed() * 1000.0 / r.elapsedMillis());
        }
        if (!baristaWorkers.isEmpty()) {
            out.println();
            out.printf("%-22s %8s %8s %10s%n", "barista", "claimed", "ready", "picked up");
        }
        for (BaristaWorker b : baristaWorkers) {
            out.printf("%-22s %8d %8d %10d%n", b.name(), b.claimed.get(), b.ready.get(), b.pickedUp.get());
        }
        SimulatedKitchen.printStations(out, stationWorkers);
        int failures = paymentFailures.values().stream().mapToInt(AtomicInteger::get).sum();
        int claimed = baristaWorkers.stream().mapToInt(b -> b.claimed.get()).sum()
                + stationWorkers.stream().mapToInt(w -> w.ready.get()).sum(); // orders, not parts
        int pickedUp = baristaWorkers.stream().mapToInt(b -> b.pickedUp.get()).sum()
                + stationWorkers.stream().mapToInt(w -> w.pickedUp.get()).sum();
        out.println();
        out.printf("Placed %d order(s) (%d payment(s) not taken); claimed %d, picked up %d; %.1f s%n",
                placed.size(), failures, claimed, pickedUp, elapsedMillis / 1000.0);
        out.printf("Not placed: %d declined, %d refused while the provider was unavailable, %d failed%n",
                count(KioskPayer.NotTaken.DECLINED), count(KioskPayer.NotTaken.UNAVAILABLE),
                count(KioskPayer.NotTaken.FAILED));
        out.flush();
    }

    /**
     * Every order the kiosks reported, read back from the database: picked up, each step exactly once, and
     * claimed first-in first-out (in the order the orders were paid).
     */
    private List<String> checkEveryOrder(BrewlineStore store, Map<Long, AtomicInteger> claims) {
        List<String> problems = new ArrayList<>();
        List<Order> found = new ArrayList<>();
        for (Map.Entry<Long, String> entry : placed.entrySet()) {
            long id = entry.getKey();
            Optional<Order> order = store.orders().find(id);
            if (order.isEmpty()) {
                problems.add("order " + id + " of " + entry.getValue() + " is not in the database");
                continue;
            }
            found.add(order.get());
            if (order.get().status() != OrderStatus.PICKED_UP) {
                problems.add("order " + order.get().ref() + " ended " + order.get().status() + ", not PICKED_UP");
            }
            List<OrderEvent> history = store.orders().history(id);
            for (OrderStatus step : List.of(OrderStatus.PAID, OrderStatus.IN_PREPARATION, OrderStatus.READY,
                    OrderStatus.PICKED_UP)) {
                long times = history.stream().filter(e -> e.to() == step).count();
                if (times != 1) {
                    problems.add("order " + order.get().ref() + " reached " + step + " " + times + " times");
                }
            }
            AtomicInteger claimedTimes = claims.get(id);
            if (claimedTimes == null || claimedTimes.get() != 1) {
                problems.add("order " + order.get().ref() + " was claimed by baristas "
                        + (claimedTimes == null ? 0 : claimedTimes.get()) + " times");
            }
        }
        // with stations each works its own parts first-in first-out (SimulatedKitchen.checkParts); an order's
        // first claim may then rightly come before an older order's, whose station is busier
        if (!kitchen.hasStations()) {
            problems.addAll(checkFifo(found));
        }
        long notOurs = claims.keySet().stream().filter(id -> !placed.containsKey(id)).count();
        if (notOurs > 0) {
            spec.commandLine().getOut().printf("(the baristas also worked %d paid order(s) already in the database)%n", notOurs);
        }
        return problems;
    }

    /** Wall-clock times of two commits this close may be in either order (taken before or after the lock). */
    static final java.time.Duration COMMIT_JITTER = java.time.Duration.ofSeconds(1);

    /**
     * First-in first-out, checked from the recorded times: an order must not have been started after one that
     * was paid more than {@link #COMMIT_JITTER} after it. The queue itself orders by commit sequence (paid_seq),
     * which the read-back orders do not carry; two payments committed within the jitter may carry their wall-clock
     * times in either order, so they are not compared (the stores' own tests check the sequence exactly).
     */
    static List<String> checkFifo(List<Order> orders) {
        List<Order> byPaid = orders.stream().filter(o -> o.paidAt() != null && o.startedAt() != null)
                .sorted(java.util.Comparator.comparing(Order::paidAt).thenComparing(Order::id)).toList();
        int earlier = 0;
        Order startedLatest = null; // of the orders paid more than the jitter before the current one
        for (Order later : byPaid) {
            while (earlier < byPaid.size()
                    && byPaid.get(earlier).paidAt().isBefore(later.paidAt().minus(COMMIT_JITTER))) {
                Order o = byPaid.get(earlier++);
                if (startedLatest == null || o.startedAt().isAfter(startedLatest.startedAt())) {
                    startedLatest = o;
                }
            }
            if (startedLatest != null && later.startedAt().isBefore(startedLatest.startedAt())) {
                return List.of("not first-in first-out: order " + later.ref() + " (paid " + later.paidAt()
                        + ") was started before " + startedLatest.ref() + " (paid " + startedLatest.paidAt() + ")");
            }
        }
        return List.of();
    }

    private int conclude(PrintWriter out, List<String> problems) {
        if (problems.isEmpty()) {
            out.printf("OK: all %d order(s) placed were claimed once, first-in first-out, and picked up (checked in the database); "
                    + "%d declined.%n", placed.size(), count(KioskPayer.NotTaken.DECLINED));
            out.flush();
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.printf("FAILED: %d problem(s)%n", problems.size());
        problems.stream().limit(50).forEach(p -> err.println("  " + p));
        if (problems.size() > 50) {
            err.println("  ... and " + (problems.size() - 50) + " more");
        }
        err.flush();
        return 1;
    }
}
