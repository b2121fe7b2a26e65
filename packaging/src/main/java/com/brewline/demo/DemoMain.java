package com.brewline.demo;

import com.brewline.config.BrewlineConfig;
import com.brewline.config.ConfigException;
import com.brewline.config.LaunchArgs;
import com.brewline.sandbox.SandboxKnobs;
import com.brewline.sandbox.SandboxProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * The whole store on one machine, for a first look: the sandbox payment provider (in this process),
 * and the kiosk, the barista station and the pickup board, each its own JVM as in a real shop, on
 * one fresh database in the per-user data folder.
 * <pre>DemoMain [--config FILE] [--keep-database]</pre>
 */
public final class DemoMain {
    static final String USAGE = "usage: DemoMain [--config FILE] [--keep-database]";

    private DemoMain() {
    }

    public static void main(String[] argv) throws Exception {
        LaunchArgs args;
        BrewlineConfig config;
        try {
            args = LaunchArgs.parse(argv);
            for (String extra : args.rest()) {
                if (!extra.equals("--keep-database")) {
                    throw new IllegalArgumentException("unknown argument '" + extra + "'\n" + USAGE);
                }
            }
            config = args.load();
        } catch (IllegalArgumentException | ConfigException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        LaunchArgs.logTo(config, "demo");
        Logger log = LoggerFactory.getLogger(DemoMain.class);

        Path database = args.database() != null ? config.database()
                : config.dataDir().resolve("demo").resolve("brewline-demo.db");
        if (!args.has("--keep-database")) {
            freshDatabase(database);
        }
        String secretKey = "demo_sk_" + UUID.randomUUID();
        SandboxKnobs knobs = SandboxKnobs.demo();
        SandboxProvider sandbox = new SandboxProvider(secretKey, knobs);
        sandbox.start(0);
        StoreProcesses processes = new StoreProcesses(javaCommand(), System.getProperty("java.class.path"),
                args.configFile(), database, sandbox.baseUrl(), config.provider().secretKeyEnv(), secretKey)
                .withClassData(config.dataDir().resolve("demo").resolve("class-data"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            processes.stopAll();
            sandbox.stop();
        }, "demo-shutdown"));

        processes.start(List.of(StoreProcesses.BARISTA, StoreProcesses.PICKUP_BOARD, StoreProcesses.KIOSK));
        System.out.println();
        System.out.println("Brewline demo: kiosk, barista station and pickup board are starting.");
        System.out.println("  database        " + database);
        System.out.println("  payment sandbox " + sandbox.baseUrl() + " (the simulated customer approves after "
                + knobs.approveAfter().toSeconds() + " s; " + Math.round(knobs.declineRate() * 100)
                + " % of payments are declined)");
        System.out.println("  logs            " + config.dataDir().resolve("logs"));
        System.out.println("  staff exit      tap the kiosk's top-left corner 5 times, PIN 1234");
        System.out.println("Close the windows or press Ctrl+C to stop.");
        log.info("demo started: database {}, sandbox {}", database, sandbox.baseUrl());

        int failed = processes.awaitAll();
        sandbox.stop();
        System.exit(failed == 0 ? 0 : 1);
    }

    private static void freshDatabase(Path database) throws IOException {
        Files.createDirectories(database.toAbsolutePath().getParent());
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(database + suffix));
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
