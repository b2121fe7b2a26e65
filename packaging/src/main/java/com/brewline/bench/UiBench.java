package com.brewline.bench;

import com.brewline.menu.MenuLoader;
import com.brewline.model.DiningOption;
import com.brewline.model.Menu;
import com.brewline.model.NewOrder;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.model.OrderStatus;
import com.brewline.ordering.OrderLineFactory;
import com.brewline.sandbox.SandboxKnobs;
import com.brewline.sandbox.SandboxProvider;
import com.brewline.store.BrewlineStore;
import com.brewline.store.sqlite.SqliteStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * {@code ui-bench}: every screen and JavaFX's hello world started in turns on one machine in one run,
 * time to the first frame and peak memory side by side; then the station with 500 open tickets and the
 * board with 50 numbers, frame intervals while tickets age and new ones arrive. Needs a display
 * (under Xvfb: {@code xvfb-run -a}). Linux: the memory figure is /proc's VmHWM.
 */
@Command(name = "ui-bench", mixinStandardHelpOptions = true,
        description = "Start-up time and peak memory of every screen beside a JavaFX hello world; frame times under load.")
public final class UiBench implements Callable<Integer> {
    private static final String[] BASKET = {"americano", "cafe-latte", "cheesecake", "cold-brew", "lemon-ade", "croissant"};

    @Option(names = "--cds", description = "also each program with an AppCDS archive made by one training start")
    boolean cds;
    @Option(names = "--rounds", description = "starts of each program, in turns (default ${DEFAULT-VALUE})")
    int rounds = 4;
    @Option(names = "--frame-seconds", description = "how long frames are recorded under load; 0 skips (default ${DEFAULT-VALUE})")
    double frameSeconds = 10;
    @Option(names = "--tickets", description = "open tickets on the station for the frame test (default ${DEFAULT-VALUE})")
    int tickets = 500;
    @Option(names = "--board", description = "ready numbers on the board for the frame test (default ${DEFAULT-VALUE})")
    int ready = 50;

    private final Menu menu = MenuLoader.loadDefault();

    public static void main(String[] args) {
        System.exit(new CommandLine(new UiBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("brewline-ui-bench");
        Path db = work.resolve("bench.db");
        String secret = "bench_sk_" + UUID.randomUUID();
        try (SandboxProvider sandbox = new SandboxProvider(secret, SandboxKnobs.manual());
             BrewlineStore store = SqliteStore.open(db, Clock.systemUTC())) {
            sandbox.start(0);
            store.days().open(LocalDate.now(), "ui-bench");
            List<String> screenArgs = List.of("--db", db.toString(), "--provider-url", sandbox.baseUrl());
            Map<String, String> env = Map.of("BREWLINE_PAYMENT_SECRET_KEY", secret, "XDG_DATA_HOME", work.toString());
            Map<String, Program> programs = new LinkedHashMap<>();
            programs.put("hello world", new Program("com.brewline.display.HelloFx$Main", List.of()));
            programs.put("kiosk", new Program("com.brewline.kiosk.KioskMain", concat(screenArgs, "--windowed")));
            programs.put("barista station", new Program("com.brewline.barista.BaristaMain", screenArgs));
            programs.put("pickup board", new Program("com.brewline.pickup.PickupBoardMain", screenArgs));

            Map<String, List<String>> variants = new LinkedHashMap<>();
            for (String name : programs.keySet()) {
                variants.put(name, List.of());
            }
            if (cds) {
                for (Map.Entry<String, Program> p : programs.entrySet()) {
                    Path archive = work.resolve(p.getKey().replace(' ', '-') + ".jsa");
                    ScreenRun.measure(p.getKey(), p.getValue().mainClass(), List.of("-XX:ArchiveClassesAtExit=" + archive),
                            p.getValue().args(), env, work, 0, 0, null);
                    variants.put(p.getKey() + " +CDS", List.of("-XX:SharedArchiveFile=" + archive));
                }
            }
            Map<String, List<ScreenRun>> runs = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                for (Map.Entry<String, List<String>> v : variants.entrySet()) {
                    Program p = programs.get(v.getKey().replace(" +CDS", ""));
                    ScreenRun run = ScreenRun.measure(v.getKey(), p.mainClass(), v.getValue(), p.args(), env, work, 0, 0, null);
                    runs.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(run);
                    System.out.printf(Locale.ROOT, "  round %d %-22s %5d ms %5d MiB%n", round + 1, v.getKey(),
                            run.shownMillis(), run.peakRssKiB() / 1024);
                }
            }
            printStartUp(runs);

            if (frameSeconds > 0) {
                seed(store, tickets, ready);
                System.out.printf(Locale.ROOT, "%nFrame intervals under load (%d open tickets, %d ready numbers, a new order"
                        + " every 500 ms, %.0f s after 3 s of warming up; target: none over 50 ms)%n", tickets, ready, frameSeconds);
                for (String name : List.of("barista station", "pickup board")) {
                    Program p = programs.get(name);
                    long[] next = {System.nanoTime()};
                    int[] n = {0};
                    Runnable arrivals = () -> {
                        if (System.nanoTime() >= next[0]) {
                            paid(store, 10_000 + n[0]++);
                            next[0] = System.nanoTime() + 500_000_000L;
                        }
                    };
                    ScreenRun run = ScreenRun.measure(name, p.mainClass(), List.of(), p.args(), env, work, frameSeconds, 3, arrivals);
                    System.out.printf(Locale.ROOT, "  %-16s frames %6s  p50 %6s ms  p99 %6s ms  max %6s ms%n", name,
                            run.frames().get("frames"), run.frames().get("p50ms"), run.frames().get("p99ms"), run.frames().get("maxms"));
                }
            }
        }
        return 0;
    }

    private void printStartUp(Map<String, List<ScreenRun>> runs) {
        List<ScreenRun> hello = runs.get("hello world");
        double helloMs = median(hello.stream().mapToLong(ScreenRun::shownMillis).toArray());
        double helloRss = median(hello.stream().mapToLong(ScreenRun::peakRssKiB).toArray());
        System.out.printf(Locale.ROOT, "%nStart-up, %d starts each in turns (goal: within 1.5x the hello world's time, 1.3x its memory)%n", rounds);
        System.out.printf(Locale.ROOT, "  %-22s %-22s %-8s %-20s %-8s%n", "program", "first frame (ms)", "x hello", "peak RSS (MiB)", "x hello");
        for (Map.Entry<String, List<ScreenRun>> e : runs.entrySet()) {
            long[] ms = e.getValue().stream().mapToLong(ScreenRun::shownMillis).sorted().toArray();
            long[] rss = e.getValue().stream().mapToLong(ScreenRun::peakRssKiB).sorted().toArray();
            System.out.printf(Locale.ROOT, "  %-22s %-22s %-8s %-20s %-8s%n", e.getKey(),
                    ms[0] + "-" + ms[ms.length - 1] + " (med " + Math.round(median(ms)) + ")",
                    String.format(Locale.ROOT, "%.2f", median(ms) / helloMs),
                    rss[0] / 1024 + "-" + rss[rss.length - 1] / 1024 + " (med " + Math.round(median(rss) / 1024) + ")",
                    String.format(Locale.ROOT, "%.2f", median(rss) / helloRss));
        }
    }

    private static double median(long[] values) {
        long[] v = values.clone();
        java.util.Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }

    /** Open tickets for the station, some of them ready for the board. */
    private void seed(BrewlineStore store, int open, int readyCount) {
        for (int i = 0; i < open + readyCount; i++) {
            paid(store, i);
        }
        for (int i = 0; i < readyCount; i++) {
            Order claimed = store.orders().claimOldestPaid("ui-bench").orElseThrow();
            store.orders().transition(claimed.id(), OrderStatus.READY, "ui-bench", null);
        }
    }

    private void paid(BrewlineStore store, int n) {
        String itemId = BASKET[n % BASKET.length];
        OrderLine line = OrderLineFactory.create(menu, itemId, OrderLineFactory.defaultSelections(menu, itemId), 1, Set.of());
        Order pending = store.orders().createPending(new NewOrder("ui-bench", DiningOption.TAKEOUT, List.of(line)));
        store.orders().markPaid(pending.id(), "pay_bench_" + pending.id(), pending.total(), "CARD", Instant.now(), "ui-bench");
    }

    private static List<String> concat(List<String> list, String more) {
        List<String> all = new ArrayList<>(list);
        all.add(more);
        return all;
    }

    private record Program(String mainClass, List<String> args) {
    }
}
