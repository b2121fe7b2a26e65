package com.brewline.cli;

import com.brewline.menu.MenuLoader;
import com.brewline.model.Menu;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.store.BrewlineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The store's benchmark, every figure in one run on the same settings, beside a bare JDBC insert loop at the
 * same durability as the machine's limit: SQLite, and with {@code --postgres} PostgreSQL too, side by side.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Benchmarks the order store against a bare JDBC insert loop, in one run on one fresh database.",
                "Same settings throughout: WAL, synchronous=FULL, BEGIN IMMEDIATE, one transaction per commit. "
                        + "Measures: a bare insert loop (the machine's limit); paid commits (markPaid) and whole paid "
                        + "orders (two transactions) in turns with bare inserts; whole paid orders/s by 1 and by 4 "
                        + "writer processes, and by 4 each on a database of its own (the machine's limit for 4); "
                        + "claims/s; commit-to-notification latency in another process, p50/p99.",
                "Targets: paid commits at >= 50%% of the bare insert rate; notification p99 <= 100 ms. "
                        + "A default run takes under a minute."})
final class BenchCommand implements java.util.concurrent.Callable<Integer> {
    /** The probe's JVM start: a second on an idle machine, far more on a shared one under load. */
    private static final long PROBE_START_MILLIS = 60_000;
    /** Bare rows committed untimed first, so the JIT and the WAL file are warm. */
    private static final int WARM_UP = 300;
    /**
     * Paid orders placed untimed first, in this process and in each writer process (on a scratch database there):
     * a paid order runs a few dozen statements through the driver, so it needs more rounds than the one-statement
     * bare loop before it runs compiled code. Without it the figures measured a cold JVM, not the store.
     */
    private static final int STORE_WARM_UP_DEFAULT = 600;
    /** The ratio is measured in turns of this many bare inserts and paid orders, so both see the same machine load. */
    private static final int RATIO_TURN_SIZE = 60;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH", description = "Database file to create for the run (must not exist; "
            + "kept afterwards). Default: a temporary folder, removed afterwards. Put it on the disk you want measured.")
    Path db;

    @Option(names = "--postgres", paramLabel = "URL", description = "Also measure the store on this PostgreSQL database "
            + "(postgresql://user@host:5432/db, password from BREWLINE_DB_PASSWORD or PGPASSWORD); it must be empty: bench "
            + "writes its orders into it. The figures of both engines are printed side by side.")
    String postgres;

    @Option(names = "--warm-up", defaultValue = "" + STORE_WARM_UP_DEFAULT, paramLabel = "N",
            description = "Paid orders placed untimed first in this process (half as many in each writer process), so "
                    + "the figures measure compiled code, not a cold JVM. Default: ${DEFAULT-VALUE}.")
    int storeWarmUp;

    @Option(names = "--orders", defaultValue = "600", paramLabel = "N",
            description = "Paid orders per writer phase, split among its writers (max 900: pickup numbers). Default: ${DEFAULT-VALUE}.")
    int ordersPerPhase;

    @Option(names = "--phase-seconds", defaultValue = "10", paramLabel = "S",
            description = "Longest a writer phase or the bare insert loop runs. Default: ${DEFAULT-VALUE}.")
    int phaseSeconds;

    @Option(names = "--bare-rows", defaultValue = "2000", paramLabel = "N",
            description = "Rows of the bare insert loop. Default: ${DEFAULT-VALUE}.")
    int bareRows;

    @Option(names = "--latency-samples", defaultValue = "200", paramLabel = "N",
            description = "Orders timed from commit to notice in the other process. Default: ${DEFAULT-VALUE}.")
    int latencySamples;

    @Option(names = "--latency-interval-ms", defaultValue = "20", paramLabel = "MS",
            description = "Pause between the timed orders. Default: ${DEFAULT-VALUE}.")
    long latencyIntervalMillis;

    @Option(names = "--ratio-turns", defaultValue = "10", paramLabel = "N",
            description = "Turns of " + RATIO_TURN_SIZE + " bare inserts and " + RATIO_TURN_SIZE + " paid orders that "
                    + "the paid-commit share is measured in (1..100). Default: ${DEFAULT-VALUE}.")
    int ratioTurns;

    @Option(names = "--writers", defaultValue = "4", paramLabel = "N",
            description = "Writer processes of the several-writers phases (2..8). Default: ${DEFAULT-VALUE}.")
    int writerCount;

    private final Menu menu = MenuLoader.loadDefault();

    @Override
    public Integer call() throws Exception {
        validate();
        if (postgres != null) {
            refuseAFullServer(postgres); // before a minute of SQLite work, not after it
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = db == null ? Files.createTempDirectory("brewline-bench") : db.toAbsolutePath().getParent();
        Path dbFile = db == null ? dir.resolve("bench.db") : db.toAbsolutePath();
        Path bareFile = dir.resolve(dbFile.getFileName() + ".bare-insert");
        if (Files.exists(dbFile) || Files.exists(bareFile)) {
            throw new CliException("bench needs a new database file, and " + (Files.exists(dbFile) ? dbFile : bareFile)
                    + " exists: it will not write benchmark orders into it");
        }
        try {
            return run(out, dbFile, bareFile);
        } finally {
            deleteQuietly(bareFile);
            if (db == null) {
                deleteQuietly(dbFile);
                deleteQuietly(dir);
            }
        }
    }

    private void validate() {
        if (ordersPerPhase < 4 || ordersPerPhase > 900) {
            throw new ParameterException(spec.commandLine(), "--orders must be 4..900, was " + ordersPerPhase);
        }
        if (storeWarmUp < 0 || storeWarmUp > 10_000) {
            throw new ParameterException(spec.commandLine(), "--warm-up must be 0..10000, was " + storeWarmUp);
        }
        if (ratioTurns < 1 || ratioTurns > 100 || writerCount < 2 || writerCount > 8) {
            throw new ParameterException(spec.commandLine(), "--ratio-turns must be 1..100 and --writers 2..8, were "
                    + ratioTurns + " and " + writerCount);
        }
        if (phaseSeconds < 1 || bareRows < 1 || latencySamples < 1 || latencySamples > 900 || latencyIntervalMillis < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--phase-seconds, --bare-rows must be >= 1, --latency-samples 1..900, --latency-interval-ms >= 0");
        }
    }

    private int run(PrintWriter out, Path dbFile, Path bareFile) throws Exception {
        long benchStart = System.currentTimeMillis();
        List<Figures> figures = new ArrayList<>();
        out.printf("Brewline bench on SQLite %s (WAL, synchronous=FULL, BEGIN IMMEDIATE, one transaction per commit)%n", dbFile);
        out.flush();
        try (BrewlineStore store = Stores.openOrCreate(dbFile); BareInsertBench bare = BareInsertBench.open(bareFile)) {
            Figures sqlite = measure(out, "SQLite", store, bare, dbFile.toString());
            progress(out, writerCount + " writer processes, each on a database of its own (nothing shared)");
            figures.add(sqlite.withApart(writersApart(dbFile.getParent(), dbFile.getFileName().toString(), writerCount)));
        }
        if (postgres != null) {
            out.printf("Brewline bench on PostgreSQL %s (synchronous_commit=on, READ COMMITTED + row locks, one "
                    + "transaction per commit)%n", com.brewline.store.StoreLocation.of(postgres));
            out.flush();
            try (BrewlineStore store = openEmptyServer(postgres);
                 BareInsertBench bare = BareInsertBench.openPostgres(
                         ((com.brewline.store.postgres.PostgresStore) store).connection())) {
                figures.add(measure(out, "PostgreSQL", store, bare, postgres));
            }
        }
        printTable(out, figures, (System.currentTimeMillis() - benchStart) / 1000.0);
        return 0;
    }

    /** The server's database must hold nothing yet: bench writes thousands of orders into it. */
    private static BrewlineStore openEmptyServer(String url) {
        refuseAFullServer(url);
        return Stores.openOrCreate(url);
    }

    private static void refuseAFullServer(String url) {
        var status = com.brewline.store.Stores.engineFor(com.brewline.store.StoreLocation.of(url))
                .check(com.brewline.store.StoreLocation.of(url));
        if (status.found() != 0) {
            throw new CliException("bench needs an empty PostgreSQL database, and " + status.location()
                    + " already holds a Brewline store: it will not write benchmark orders into it");
        }
    }

    /** Every figure of one engine (the separate-databases phase only for SQLite, where it is a file each). */
    record Figures(String engine, double bareRate, Ratio ratio, WriterPhase one, WriterPhase four, WriterPhase fourApart,
                   int claims, double claimRate, Latency latency) {
        Figures withApart(WriterPhase apart) {
            return new Figures(engine, bareRate, ratio, one, four, apart, claims, claimRate, latency);
        }
    }

    private Figures measure(PrintWriter out, String engine, BrewlineStore store, BareInsertBench bare, String location)
            throws Exception {
        SimulateCommand.ensureDayOpen(store);
        List<Long> claimNanos = new ArrayList<>();

        progress(out, engine + ": bare JDBC insert loop");
        bare.insertRows(WARM_UP, Long.MAX_VALUE);
        long bareStart = System.nanoTime();
        int bareDone = bare.insertRows(bareRows, bareStart + phaseSeconds * 1_000_000_000L);
        double bareRate = bareDone / ((System.nanoTime() - bareStart) / 1e9);

        progress(out, engine + ": paid commits beside bare inserts, in turns");
        Ratio ratio = ratio(store, bare);
        drain(store, claimNanos);

        progress(out, engine + ": 1 writer process");
        WriterPhase one = writers(w -> location, 1);
        drain(store, claimNanos);

        progress(out, engine + ": " + writerCount + " writer processes");
        WriterPhase four = writers(w -> location, writerCount);
        drain(store, claimNanos);

        progress(out, engine + ": notification latency");
        Latency latency = latency(store, location);
        drain(store, new ArrayList<>());

        double claimRate = claimNanos.size() / (claimNanos.stream().mapToLong(Long::longValue).sum() / 1e9);
        return new Figures(engine, bareRate, ratio, one, four, null, claimNanos.size(), claimRate, latency);
    }

    record Ratio(double bareRowsPerSecond, double paidCommitsPerSecond, double wholeOrdersPerSecond) {
        double paidCommitShare() {
            return paidCommitsPerSecond / bareRowsPerSecond;
        }
    }

    /**
     * Bare inserts and paid orders of this process in turns: the figures the 50% target compares, measured
     * side by side because a shared machine's disk speed drifts from one minute to the next.
     */
    private Ratio ratio(BrewlineStore store, BareInsertBench bare) throws Exception {
        RandomOrders orders = new RandomOrders(menu, 3);
        SimulatedPayer payer = new SimulatedPayer(store, "BENCH-RATIO");
        for (int i = 0; i < storeWarmUp; i++) {
            payer.placeAndPay(orders.next("BENCH-RATIO", java.util.Set.of()));
            if (i % RATIO_TURN_SIZE == RATIO_TURN_SIZE - 1) {
                drain(store, new ArrayList<>());
            }
        }
        drain(store, new ArrayList<>());
        long bareNanos = 0;
        long wholeNanos = 0;
        long paidNanosBefore = payer.paidCommitNanos();
        int bareCount = 0;
        for (int turn = 0; turn < ratioTurns; turn++) {
            long t0 = System.nanoTime();
            bareCount += bare.insertRows(RATIO_TURN_SIZE, Long.MAX_VALUE);
            long t1 = System.nanoTime();
            for (int i = 0; i < RATIO_TURN_SIZE; i++) {
                payer.placeAndPay(orders.next("BENCH-RATIO", java.util.Set.of()));
            }
            bareNanos += t1 - t0;
            wholeNanos += System.nanoTime() - t1;
            drain(store, new ArrayList<>()); // untimed: the baristas free the pickup numbers between turns
        }
        int paidCount = ratioTurns * RATIO_TURN_SIZE;
        return new Ratio(bareCount / (bareNanos / 1e9), paidCount / ((payer.paidCommitNanos() - paidNanosBefore) / 1e9),
                paidCount / (wholeNanos / 1e9));
    }

    private static void progress(PrintWriter out, String what) {
        out.println("  running: " + what + " ...");
        out.flush();
    }

    record WriterPhase(int writers, int placed, long elapsedMillis, long latestStartMillis, long paidCommitNanos) {
        double rate() {
            return placed * 1000.0 / Math.max(1, elapsedMillis);
        }

        /** Paid commits per second of one writer's time in them (meaningful for one writer). */
        double paidCommitRate() {
            return placed / (Math.max(1, paidCommitNanos) / 1e9);
        }
    }

    /**
     * {@code n} kiosk worker processes start their JVMs, report ready, and are then told to go together at one
     * wall-clock instant; they write paid orders until done or the phase's time is up.
     */

    /**
     * The same writers, each on its own fresh database file: no lock or page is shared, so this is what the machine
     * gives {@code n} writer processes at once (cores, fsyncs), the reference for the shared-database figure.
     */
    private WriterPhase writersApart(Path dir, String baseName, int n) throws InterruptedException {
        List<Path> files = new ArrayList<>();
        try {
            for (int w = 1; w <= n; w++) {
                Path file = dir.resolve(baseName + ".apart-" + w);
                if (Files.exists(file)) {
                    throw new CliException("bench needs a new database file, and " + file + " exists");
                }
                files.add(file);
                try (BrewlineStore own = Stores.openOrCreate(file)) {
                    SimulateCommand.ensureDayOpen(own);
                }
            }
            return writers(w -> files.get(w - 1).toString(), n);
        } finally {
            files.forEach(BenchCommand::deleteQuietly);
        }
    }

    private WriterPhase writers(java.util.function.IntFunction<String> dbOfWriter, int n) throws InterruptedException {
        long killAt = System.currentTimeMillis() + 90_000 + phaseSeconds * 1000L;
        CountDownLatch ready = new CountDownLatch(n);
        Map<Integer, long[]> done = new ConcurrentHashMap<>();
        List<String> problems = new ArrayList<>();
        List<WorkerProcess> processes = new ArrayList<>();
        try {
            for (int w = 1; w <= n; w++) {
                int worker = w;
                processes.add(WorkerProcess.start("bench-writer-" + w, List.of("kiosk-worker", "--db", dbOfWriter.apply(w),
                        "--kiosk-id", "BENCH-" + n + "-" + w, "--orders", Integer.toString(ordersPerPhase / n),
                        "--seed", Integer.toString(n * 100 + w), "--warm-up", Integer.toString(storeWarmUp / 2),
                        "--wait-for-go"), fields -> {
                    if (fields[0].equals(WorkerProtocol.READY)) {
                        ready.countDown();
                    } else if (fields[0].equals(WorkerProtocol.DONE)) {
                        done.put(worker, new long[]{Long.parseLong(fields[1]), Long.parseLong(fields[3]),
                                Long.parseLong(fields[4]), Long.parseLong(fields[5])});
                    }
                }));
            }
            // JVM start and warm-up: seconds on an idle machine, minutes on a shared one under load
            if (!ready.await(180, TimeUnit.SECONDS)) {
                throw new CliException("the writer processes did not start within 180 s");
            }
            long startAt = System.currentTimeMillis() + 50;
            for (WorkerProcess process : processes) {
                process.send("GO " + startAt + " " + (startAt + phaseSeconds * 1000L));
            }
            for (WorkerProcess process : processes) {
                int exit = process.await(killAt);
                if (exit != 0) {
                    problems.add(process.name() + " exited with " + exit);
                }
            }
        } finally {
            processes.forEach(WorkerProcess::close);
        }
        if (done.size() != n) {
            throw new CliException("a writer process failed, no figures for " + n + " writer(s): " + problems);
        }
        int placed = done.values().stream().mapToInt(d -> (int) d[0]).sum();
        long first = done.values().stream().mapToLong(d -> d[1]).min().orElseThrow();
        long latestStart = done.values().stream().mapToLong(d -> d[1]).max().orElseThrow();
        long last = done.values().stream().mapToLong(d -> d[2]).max().orElseThrow();
        long paidCommitNanos = done.values().stream().mapToLong(d -> d[3]).sum();
        return new WriterPhase(n, placed, last - first, latestStart - first, paidCommitNanos);
    }

    /** Claims every paid order (timing each claim), then finishes them so their pickup numbers are free again. */
    private static void drain(BrewlineStore store, List<Long> claimNanos) {
        List<Order> claimed = new ArrayList<>();
        while (true) {
            long t0 = System.nanoTime();
            Optional<Order> order = store.orders().claimOldestPaid("barista:bench");
            if (order.isEmpty()) {
                break;
            }
            claimNanos.add(System.nanoTime() - t0);
            claimed.add(order.get());
        }
        for (Order order : claimed) {
            store.orders().transition(order.id(), OrderStatus.READY, "barista:bench", "made");
            store.orders().transition(order.id(), OrderStatus.PICKED_UP, "customer", "picked up");
        }
    }

    record Latency(Percentiles millis, int missed) {
    }

    /** This process commits paid orders; a probe process watching the pickup board notes when each appears. */
    private Latency latency(BrewlineStore store, String location) throws InterruptedException {
        Map<Integer, Long> seenAt = new ConcurrentHashMap<>();
        CountDownLatch ready = new CountDownLatch(1);
        long stopAt = System.currentTimeMillis() + PROBE_START_MILLIS
                + latencySamples * (latencyIntervalMillis + 50) + 5_000;
        Map<Integer, Long> committedAt = new ConcurrentHashMap<>();
        try (WorkerProcess probe = WorkerProcess.start("bench-feed-probe", List.of("feed-probe", "--db", location,
                "--expect", Integer.toString(latencySamples), "--stop-at", Long.toString(stopAt)), fields -> {
            switch (fields[0]) {
                case WorkerProtocol.READY -> ready.countDown();
                case WorkerProtocol.SEEN -> seenAt.put(Integer.parseInt(fields[1]), Long.parseLong(fields[2]));
                default -> { }
            }
        })) {
            if (!ready.await(PROBE_START_MILLIS, TimeUnit.MILLISECONDS)) {
                throw new CliException("the change-feed probe process did not start in time");
            }
            RandomOrders orders = new RandomOrders(menu, 7);
            SimulatedPayer payer = new SimulatedPayer(store, "BENCH-LATENCY");
            for (int i = 0; i < latencySamples; i++) {
                Order paid = payer.placeAndPay(orders.next("BENCH-LATENCY", java.util.Set.of()));
                committedAt.put(paid.pickupNumber(), System.currentTimeMillis());
                Thread.sleep(latencyIntervalMillis);
            }
            probe.await(stopAt + 5_000);
        }
        List<Long> latencies = new ArrayList<>();
        committedAt.forEach((number, committed) -> {
            Long seen = seenAt.get(number);
            if (seen != null) {
                // the commit time is taken when markPaid returned, so a fast notice can come out a hair negative
                latencies.add(Math.max(0, seen - committed));
            }
        });
        return new Latency(new Percentiles(latencies), latencySamples - latencies.size());
    }

    private void printTable(PrintWriter out, List<Figures> engines, double seconds) {
        out.println();
        StringBuilder format = new StringBuilder("%-46s");
        engines.forEach(f -> format.append(" %16s"));
        format.append("   %s%n");
        String row = format.toString();
        List<Object> head = new ArrayList<>(List.of("measure"));
        engines.forEach(f -> head.add(f.engine()));
        head.add("note");
        out.printf(row, head.toArray());
        line(out, row, engines, "bare JDBC insert, 1 row per transaction", f -> String.format("%.0f rows/s", f.bareRate()),
                "the machine's limit at the same durability");
        line(out, row, engines, "  in turns with it: bare JDBC insert", f -> String.format("%.0f rows/s",
                f.ratio().bareRowsPerSecond()), ratioTurns + " turns of " + RATIO_TURN_SIZE + " rows and "
                + RATIO_TURN_SIZE + " paid orders");
        line(out, row, engines, "  in turns with it: paid commits (markPaid)", f -> String.format("%.0f/s (%.0f%%)",
                f.ratio().paidCommitsPerSecond(), f.ratio().paidCommitShare() * 100), "share of bare insert (target >= 50%)");
        line(out, row, engines, "  in turns with it: whole paid orders", f -> String.format("%.0f/s (%.0f%%)",
                f.ratio().wholeOrdersPerSecond(), f.ratio().wholeOrdersPerSecond() / f.ratio().bareRowsPerSecond() * 100),
                "two transactions each");
        line(out, row, engines, "paid commits (markPaid), 1 writer process", f -> String.format("%.0f/s",
                f.one().paidCommitRate()), "time inside markPaid only");
        line(out, row, engines, "whole paid orders, 1 writer process", f -> String.format("%.0f orders/s", f.one().rate()),
                String.join(" / ", engines.stream().map(f -> String.valueOf(f.one().placed())).toList()) + " orders");
        line(out, row, engines, "whole paid orders, " + writerCount + " writer processes", f -> String.format("%.0f orders/s", f.four().rate()),
                String.join(" / ", engines.stream().map(f -> String.valueOf(f.four().placed())).toList()) + " orders");
        line(out, row, engines, "  " + writerCount + " writer processes, one database each", f -> f.fourApart() == null
                ? "-" : String.format("%.0f orders/s", f.fourApart().rate()), "nothing shared: what this machine gives "
                + writerCount + " processes");
        line(out, row, engines, "claims, 1 barista", f -> String.format("%.0f claims/s", f.claimRate()),
                String.join(" / ", engines.stream().map(f -> String.valueOf(f.claims())).toList()) + " claims");
        line(out, row, engines, "notification in another process, p50", f -> f.latency().millis().percentile(50) + " ms",
                String.join(" / ", engines.stream().map(f -> f.latency().millis().count()
                        + (f.latency().missed() > 0 ? " (" + f.latency().missed() + " never seen)" : "")).toList()) + " samples");
        line(out, row, engines, "notification in another process, p99", f -> f.latency().millis().percentile(99) + " ms",
                "target <= 100 ms: " + String.join(" / ", engines.stream().map(f -> {
                    long p99 = f.latency().millis().percentile(99);
                    return p99 >= 0 && p99 <= 100 && f.latency().missed() == 0 ? "met" : "NOT met";
                }).toList()));
        line(out, row, engines, "notification in another process, max", f -> f.latency().millis().max() + " ms", "");
        out.println();
        out.println("A paid order is two transactions (the pending order with its lines and payment keys, then paid "
                + "with its pickup number and event), each with a synchronous commit.");
        for (Figures f : engines) {
            for (WriterPhase phase : java.util.stream.Stream.of(f.one(), f.four(), f.fourApart())
                    .filter(java.util.Objects::nonNull).toList()) {
                if (phase.latestStartMillis() > 500) {
                    out.printf("Note: %s with %d writer(s): one process started %d ms late (JVM start-up on a busy "
                            + "machine).%n", f.engine(), phase.writers(), phase.latestStartMillis());
                }
            }
        }
        out.printf("Bench took %.1f s.%n", seconds);
        out.flush();
    }

    private static void line(PrintWriter out, String row, List<Figures> engines, String measure,
                             java.util.function.Function<Figures, String> value, String note) {
        List<Object> cells = new ArrayList<>(List.of(measure));
        engines.forEach(f -> cells.add(value.apply(f)));
        cells.add(note);
        out.printf(row, cells.toArray());
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : new String[]{"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // a temporary file left behind is harmless
            }
        }
    }
}
