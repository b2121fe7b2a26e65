package com.brewline.kiosk;

import com.brewline.config.BrewlineConfig;
import com.brewline.config.ConfigException;
import com.brewline.config.ConfigLoader;
import com.brewline.config.LaunchArgs;
import com.brewline.config.PinHash;
import com.brewline.config.StaffPin;
import com.brewline.display.launch.LaunchOptions;
import com.brewline.display.launch.ScreenLaunch;
import com.brewline.sandbox.SandboxKnobs;
import com.brewline.display.StartupTimeline;
import com.brewline.display.DisplayApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;


/**
 * Starts the kiosk (a plain main class: JavaFX cannot start an Application subclass from the class path).
 * Its options: the display kit's {@link LaunchOptions} plus {@code --windowed} and {@code --hash-pin PIN}
 * ({@code brewline-kiosk --help} lists them). Without a provider URL the kiosk refuses to start, naming the
 * setting; {@code --demo-sandbox} (or {@code provider.sandbox}) runs the embedded sandbox instead, and every
 * screen shows the demo mark.
 */
public final class KioskMain {
    static final String PROGRAM = "brewline-kiosk";

    private KioskMain() {
    }

    @Command(name = PROGRAM, sortOptions = false, description = "The Brewline touch kiosk: customers order and pay here.")
    static final class Options {
        @Mixin
        LaunchOptions launch = new LaunchOptions();

        @Option(names = "--windowed", description = "A window instead of full screen (development, the demo).")
        boolean windowed;

        @Option(names = "--hash-pin", paramLabel = "PIN", description = "Print the hash of PIN for kiosk.staffPinHash, and exit.")
        String hashPin;
    }

    /** The shared launch arguments plus the kiosk's own. */
    record Args(LaunchArgs launch, boolean windowed, String hashPin) {
        /** @throws IllegalArgumentException naming the argument that is wrong */
        static Args parse(String... argv) {
            Options options = new Options();
            try {
                new CommandLine(options).parseArgs(argv);
            } catch (CommandLine.ParameterException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            return of(options);
        }

        static Args of(Options options) {
            return new Args(options.launch.launchArgs(), options.windowed, options.hashPin);
        }
    }

    public static void main(String[] argv) {
        Options options = new Options();
        ScreenLaunch.parseOrExit(PROGRAM, options, argv);
        if (options.hashPin != null) {
            try {
                System.out.println(PinHash.hash(options.hashPin)); // refuses a PIN that breaks the one rule
            } catch (IllegalArgumentException e) {
                System.err.println(PROGRAM + ": " + e.getMessage());
                System.exit(ScreenLaunch.BAD_USAGE);
            }
            return;
        }
        ScreenLaunch.startToolkitEarly(); // JavaFX comes up while the configuration is read and the store opens
        BrewlineConfig config = ScreenLaunch.configureOrExit(options.launch, "kiosk", "kiosk");
        Args args = Args.of(options);
        if (args.windowed()) {
            config = config.withKiosk(config.kiosk().withFullScreen(false));
        }
        if (config.provider().url() == null && !config.isDemo()) {
            // before anything starts: a forgotten provider setting must never mean free coffee
            // said on stderr (the journal) and in the log, like every failed start
            ScreenLaunch.exit(ScreenLaunch.BAD_USAGE, "kiosk", new ConfigException("no payment provider is configured. "
                    + "Set provider.url in brewline.json (its secret key in provider.secretKeyFile or the environment "
                    + "variable " + config.provider().secretKeyEnv() + "), or start the demo with --demo-sandbox."));
            return;
        }
        ScreenLaunch.requireDisplayOrExit("kiosk");
        Logger log = LoggerFactory.getLogger(KioskMain.class);
        log.info("starting the kiosk: database {}, provider {}", config.storeLocation(), config.provider());
        if (StaffPin.isDemo(config.kiosk().staffPinHash())) {
            log.warn("the staff PIN is the demo PIN ({}): set the shop's own with '{}' before opening",
                    StaffPin.DEMO_PIN_OPTION, StaffPin.HOW_TO_SET);
        } else if (config.kiosk().staffPinHash() == null) {
            log.error("no staff PIN is set: staff cannot leave kiosk mode until one is set with '{}'", StaffPin.HOW_TO_SET);
        }
        // The store, the payment stack and the menu open on a thread of their own while JavaFX starts (each
        // takes about as long; overlapped, the kiosk is up sooner). The window waits for them in its start.
        BrewlineConfig opened = config;
        CompletableFuture<KioskRuntime> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                // the store's clock (store.timeZone); the kiosk never opens the day: staff do
                KioskRuntime runtime = KioskRuntime.open(new KioskRuntime.Options(opened, opened.clock(),
                        SandboxKnobs.demo(), null, null));
                Runtime.getRuntime().addShutdownHook(new Thread(runtime::close, "kiosk-shutdown"));
                StartupTimeline.mark("store, payment and menu open");
                opening.complete(runtime);
            } catch (Throwable e) {
                opening.completeExceptionally(e);
            }
        }, "open-kiosk");
        opener.setDaemon(true);
        opener.start();
        KioskApp window = new KioskApp(() -> {
            try {
                return opening.join().context();
            } catch (CompletionException e) {
                // A database that cannot be opened, a bad menu: said plainly, with the cause in the log.
                ScreenLaunch.exit(ScreenLaunch.FAILED, "kiosk", e.getCause());
                throw e;
            }
        });
        com.brewline.display.DemoMark.enableForThisProcess(config.isDemo()); // on the sandbox: every screen says so
        ScreenLaunch.launchOrExit("kiosk", () -> DisplayApplication.launch(window));
    }
}
