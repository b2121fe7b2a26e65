package com.brewline.demo;

import com.brewline.config.BrewlineConfig;
import com.brewline.config.LaunchArgs;
import com.brewline.display.launch.LaunchOptions;
import com.brewline.display.launch.ScreenLaunch;
import com.brewline.sandbox.SandboxKnobs;
import com.brewline.sandbox.SandboxProvider;
import com.brewline.sandbox.notify.NotificationKnobs;
import com.brewline.sandbox.notify.NotificationSandbox;
import com.brewline.config.StaffPin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * The whole store on one machine, for a first look: the sandbox payment provider and the notification
 * sandbox (in this process; customers' phone messages land on its "sent" page), the demo staff PIN,
 * and the kiosk, the barista station and the pickup board, each its own JVM as in a real shop, on
 * one fresh database in the per-user data folder.
 * Its options: {@code brewline-demo --help}.
 */
public final class DemoMain {
    static final String PROGRAM = "brewline-demo";

    private DemoMain() {
    }

    @Command(name = PROGRAM, sortOptions = false, description = "The whole store on one screen, for a first look: "
            + "the sandbox payment provider, a kiosk, the barista station and the pickup board on a fresh demo database.")
    static final class Options {
        @Mixin
        LaunchOptions launch = new LaunchOptions();

        @Option(names = "--keep-database", description = "Keep the last demo's orders instead of starting afresh.")
        boolean keepDatabase;
    }

    public static void main(String[] argv) throws Exception {
        Options options = new Options();
        ScreenLaunch.parseOrExit(PROGRAM, options, argv);
        BrewlineConfig config = ScreenLaunch.configureOrExit(options.launch, "demo", "demo");
        LaunchArgs args = options.launch.launchArgs();
        ScreenLaunch.requireDisplayOrExit("demo");
        Logger log = LoggerFactory.getLogger(DemoMain.class);

        Path database = args.database() != null ? config.database()
                : config.dataDir().resolve("demo").resolve("brewline-demo.db");
        if (!options.keepDatabase) {
            freshDatabase(database);
        }
        String secretKey = "demo_sk_" + UUID.randomUUID();
        SandboxKnobs knobs = SandboxKnobs.demo();
        SandboxProvider sandbox = new SandboxProvider(secretKey, knobs);
        sandbox.start(0);
        // the bundled notification sandbox: customers who leave a phone number get their "messages" on its page
        String notifyKey = "demo_nk_" + UUID.randomUUID();
        NotificationSandbox messages = new NotificationSandbox(notifyKey, NotificationKnobs.calm());
        messages.start(0);
        StoreProcesses processes = new StoreProcesses(javaCommand(), System.getProperty("java.class.path"),
                args.configFile(), database, sandbox.baseUrl(), config.provider().secretKeyEnv(), secretKey)
                .withNotifications(messages.baseUrl(), config.notifications().apiKeyEnv(), notifyKey)
                .withClassData(config.dataDir().resolve("demo").resolve("class-data"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            processes.stopAll();
            sandbox.stop();
            messages.stop();
        }, "demo-shutdown"));

        List<StoreProcesses.Screen> screens = StoreProcesses.placed(DemoLayout.forThisScreen());
        if (!processes.hasClassData(screens)) {
            System.out.println("Making the screens' class-data archives for quicker starts (once per build, a few seconds)...");
        }
        List<String> withoutClassData = processes.prepareClassData(screens);
        if (!withoutClassData.isEmpty()) {
            log.warn("no class-data archive for {}: they start without (slower); see {}", withoutClassData,
                    config.dataDir().resolve("demo").resolve("class-data"));
        }
        processes.start(screens);
        System.out.println();
        System.out.println("Brewline demo: kiosk, barista station and pickup board are starting.");
        System.out.println("  database        " + database);
        System.out.println("  payment sandbox " + sandbox.baseUrl() + " (the simulated customer approves after "
                + knobs.approveAfter().toSeconds() + " s; " + Math.round(knobs.declineRate() * 100)
                + " % of payments are declined)");
        System.out.println("  message sandbox " + messages.baseUrl() + "/sandbox/messages.html (DEMO: the phone "
                + "messages customers would get, shown here; nothing is sent to a phone)");
        System.out.println("  logs            " + config.dataDir().resolve("logs"));
        // the day is staff's (never opened for you): a kiosk takes no orders until the station opens it
        System.out.println("  first           open the day on the barista station (영업 시작 / Open day): until then "
                + "the kiosk takes no orders");
        System.out.println(config.kiosk().staffPinHash() == null
                ? "  staff exit      tap the kiosk's top-left corner 5 times, demo PIN " + StaffPin.DEMO_PIN
                + " (shown on the pad; a shop sets its own with 'brewline pin set')"
                : "  staff exit      tap the kiosk's top-left corner 5 times, your staff PIN (kiosk.staffPinHash)");
        System.out.println("Close the windows or press Ctrl+C to stop.");
        log.info("demo started: database {}, sandbox {}, message sandbox {}", database, sandbox.baseUrl(),
                messages.baseUrl());

        int failed = processes.awaitAll();
        sandbox.stop();
        messages.stop();
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
