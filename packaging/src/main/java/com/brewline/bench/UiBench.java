package com.brewline.bench;

import com.brewline.demo.ClassDataArchives;
import com.brewline.demo.ScreenJvmOptions;
import com.brewline.display.launch.ScreenLaunch;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private static final List<String> SCREENS = List.of("kiosk", "barista station", "pickup board");
    private static final String PLAIN = ", no options";
    private static final String HELLO_SAME_OPTIONS = "hello world, screens' options";

    @Option(names = "--cds", description = "also each program with a class-data archive: the screens' from their committed class "
            + "lists, as the demo and the installer make them; the hello world's from a training start")
    boolean cds;
    @Option(names = "--rounds", description = "starts of each program, in turns (default ${DEFAULT-VALUE})")
    int rounds = 4;
    @Option(names = "--frame-seconds", description = "how long frames are recorded under load; 0 skips (default ${DEFAULT-VALUE})")
    double frameSeconds = 10;
    @Option(names = "--tickets", description = "open tickets on the station for the frame test (default ${DEFAULT-VALUE})")
    int tickets = 500;
    @Option(names = "--board", description = "ready numbers on the board for the frame test (default ${DEFAULT-VALUE})")
    int ready = 50;
    @Option(names = "--screen-options", split = " ", paramLabel = "OPTION",
            description = "the screens' JVM options (default: the shipped ones, packaging's screen-jvm-options)")
    List<String> screenOptions = ScreenJvmOptions.shipped();
    @Option(names = "--no-plain", negatable = true, description = "also the screens without those options, as they started before "
            + "(default: yes; --no-plain leaves them out)")
    boolean plain = true;
    @Option(names = "--late-toolkit-too", description = "also each screen with its JVM options but JavaFX's toolkit started "
            + "only at the launch, as before (-D" + ScreenLaunch.LATE_TOOLKIT + "=true)")
    boolean lateToolkitToo;
    @Option(names = "--frame-rounds", description = "frame tests of each screen, in turns (default ${DEFAULT-VALUE})")
    int frameRounds = 1;
    @Option(names = "--frame-options", split = " ", paramLabel = "OPTION",
            description = "also the frame test with these JVM options instead of the screens' (to compare a change of them)")
    List<String> frameOptions;
    @Option(names = "--write-class-lists", paramLabel = "FOLDER", description = "only write each screen's class list "
            + "(-XX:DumpLoadedClassList, one start to its first frame with the screens' options) into FOLDER, and exit")
    Path writeClassLists;

    public static void main(String[] args) {
        System.exit(new CommandLine(new UiBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("brewline-ui-bench");
        int code = runIn(work); // a failed run throws and keeps its folder: the screens' logs say why
        deleteTree(work);
        return code;
    }

    private int runIn(Path work) throws Exception {
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
            if (writeClassLists != null) {
                return writeClassLists(programs, env, work);
            }

            // what each line of the table starts: a program and its JVM options
            Map<String, Variant> variants = new LinkedHashMap<>();
            variants.put("hello world", new Variant("hello world", List.of()));
            variants.put(HELLO_SAME_OPTIONS, new Variant("hello world", screenOptions));
            for (String screen : SCREENS) {
                variants.put(screen, new Variant(screen, screenOptions));
            }
            if (plain) {
                for (String screen : SCREENS) {
                    variants.put(screen + PLAIN, new Variant(screen, List.of()));
                }
            }
            if (lateToolkitToo) {
                for (String screen : SCREENS) {
                    List<String> late = new ArrayList<>(screenOptions);
                    late.add("-D" + ScreenLaunch.LATE_TOOLKIT + "=true");
                    variants.put(screen + ", toolkit late", new Variant(screen, late));
                }
            }
            if (cds) {
                String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
                String jars = ScreenRun.jarsOnly(System.getProperty("java.class.path"));
                Path helloList = work.resolve("hello-world.classlist");
                ScreenRun.measure("hello world training", programs.get("hello world").mainClass(),
                        List.of("-XX:DumpLoadedClassList=" + helloList), List.of(), env, work, 0, 0, null);
                for (Variant v : List.copyOf(variants.values())) {
                    if (v.program().equals("hello world") || v.options().containsAll(screenOptions)) {
                        // a screen's archive is made with the screens' options, whatever -D the variant adds
                        ClassDataArchives archives = new ClassDataArchives(work.resolve("cds"), java,
                                v.program().equals("hello world") ? v.options() : screenOptions);
                        Path archive = archives.archive(v.program(), jars);
                        if (v.program().equals("hello world")) {
                            Files.createDirectories(archive.getParent());
                            if (!Files.exists(archive) && !ClassDataArchives.Dump.start(java, v.options(), helloList, archive, jars).finish()) {
                                throw new IllegalStateException("no class-data archive for the hello world: see " + archive + ".log");
                            }
                        } else {
                            List<String> failed = archives.prepare(List.of(v.program()), jars);
                            if (!failed.isEmpty()) {
                                throw new IllegalStateException("no class-data archive for " + failed + ": see " + work.resolve("cds"));
                            }
                            archive = archives.archive(v.program(), jars);
                        }
                        List<String> withArchive = new ArrayList<>(v.options());
                        withArchive.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto"));
                        String name = variants.entrySet().stream().filter(e -> e.getValue() == v).findFirst().orElseThrow().getKey();
                        variants.put(name + " +CDS", new Variant(v.program(), withArchive));
                    }
                }
            }
            System.out.printf(Locale.ROOT, "The screens' JVM options: %s%n", String.join(" ", screenOptions));
            Map<String, List<ScreenRun>> runs = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                for (Map.Entry<String, Variant> v : variants.entrySet()) {
                    Program p = programs.get(v.getValue().program());
                    ScreenRun run = ScreenRun.measure(v.getKey(), p.mainClass(), v.getValue().options(), p.args(), env, work, 0, 0, null);
                    runs.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(run);
                    System.out.printf(Locale.ROOT, "  round %d %-36s %5d ms %5d MiB %5d ms CPU%n", round + 1, v.getKey(),
                            run.shownMillis(), run.peakRssKiB() / 1024, run.cpuMillis());
                }
            }
            if (rounds > 0) {
                new StartUpTable(PLAIN, HELLO_SAME_OPTIONS).print(runs, rounds);
            }

            if (frameSeconds > 0) {
                BenchOrders orders = new BenchOrders(store);
                orders.seed(tickets, ready);
                System.out.printf(Locale.ROOT, "%nFrame intervals under load (%d open tickets, %d ready numbers, a new order"
                        + " every 500 ms, %.0f s after 3 s of warming up; target: none over 50 ms)%n", tickets, ready, frameSeconds);
                Map<String, Variant> loaded = new LinkedHashMap<>();
                for (String name : List.of("barista station", "pickup board")) {
                    loaded.put(name, new Variant(name, screenOptions));
                    if (plain) {
                        loaded.put(name + PLAIN, new Variant(name, List.of()));
                    }
                    if (frameOptions != null) {
                        loaded.put(name + ", " + String.join(" ", frameOptions), new Variant(name, frameOptions));
                    }
                }
                for (int round = 0; round < frameRounds; round++) {
                    for (Map.Entry<String, Variant> e : loaded.entrySet()) {
                        Variant v = e.getValue();
                        Program p = programs.get(v.program());
                        long[] next = {System.nanoTime()};
                        int[] n = {0};
                        Runnable arrivals = () -> {
                            if (System.nanoTime() >= next[0]) {
                                orders.paid(10_000 + n[0]++);
                                next[0] = System.nanoTime() + 500_000_000L;
                            }
                        };
                        ScreenRun run = ScreenRun.measure(v.program(), p.mainClass(), v.options(), p.args(), env, work, frameSeconds, 3, arrivals);
                        System.out.printf(Locale.ROOT, "  %-36s frames %6s  p50 %6s ms  p99 %6s ms  max %6s ms%n", e.getKey(),
                                run.frames().get("frames"), run.frames().get("p50ms"), run.frames().get("p99ms"), run.frames().get("maxms"));
                    }
                }
            }
        }
        return 0;
    }

    /** The run's folder: its store, the screens' logs and the class-data archives (about 45 MB each). */
    private static void deleteTree(Path folder) throws java.io.IOException {
        try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** One start of each screen with -XX:DumpLoadedClassList: the lists the demo's and the installer's archives are made from. */
    private int writeClassLists(Map<String, Program> programs, Map<String, String> env, Path work) throws Exception {
        Files.createDirectories(writeClassLists);
        for (String screen : SCREENS) {
            Program p = programs.get(screen);
            Path list = writeClassLists.resolve(ClassDataArchives.fileName(screen) + ".classlist");
            List<String> options = new ArrayList<>(screenOptions);
            options.add("-XX:DumpLoadedClassList=" + list);
            ScreenRun.measure(screen, p.mainClass(), options, p.args(), env, work, 0, 0, null);
            System.out.printf(Locale.ROOT, "  %-16s %6d classes  %s%n", screen, Files.readAllLines(list).size(), list);
        }
        return 0;
    }

    private static List<String> concat(List<String> list, String more) {
        List<String> all = new ArrayList<>(list);
        all.add(more);
        return all;
    }

    private record Program(String mainClass, List<String> args) {
    }

    /** A program and the JVM options it starts with. */
    private record Variant(String program, List<String> options) {
    }
}
