package com.brewline.kiosk;

import com.brewline.config.BrewlineConfig;
import com.brewline.config.ConfigException;
import com.brewline.config.ConfigLoader;
import com.brewline.config.LaunchArgs;
import com.brewline.config.PinHash;
import com.brewline.sandbox.SandboxKnobs;
import javafx.application.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the kiosk (a plain main class: JavaFX cannot start an Application subclass from the class path).
 * <pre>
 * KioskMain [--config FILE] [--db PATH] [--provider-url URL [--secret-key KEY]] [--menu FILE] [--windowed]
 * KioskMain --hash-pin PIN      prints the hash to put in the configuration as kiosk.staffPinHash
 * </pre>
 * Without a provider URL the embedded sandbox runs, with a simulated customer approving after 3 s.
 */
public final class KioskMain {
    static final String USAGE = "usage: KioskMain " + LaunchArgs.USAGE + " [--windowed]\n       KioskMain --hash-pin PIN";

    private KioskMain() {
    }

    /** The shared launch arguments plus the kiosk's own. */
    record Args(LaunchArgs launch, boolean windowed, String hashPin) {
        static Args parse(String... argv) {
            LaunchArgs launch = LaunchArgs.parse(argv);
            boolean windowed = false;
            String hashPin = null;
            List<String> rest = new ArrayList<>(launch.rest());
            for (int i = 0; i < rest.size(); i++) {
                switch (rest.get(i)) {
                    case "--windowed" -> windowed = true;
                    case "--hash-pin" -> {
                        if (i + 1 >= rest.size()) {
                            throw new IllegalArgumentException("--hash-pin needs a value\n" + USAGE);
                        }
                        hashPin = rest.get(++i);
                    }
                    default -> throw new IllegalArgumentException("unknown argument '" + rest.get(i) + "'\n" + USAGE);
                }
            }
            return new Args(launch, windowed, hashPin);
        }
    }

    public static void main(String[] argv) {
        Args args;
        BrewlineConfig config;
        try {
            args = Args.parse(argv);
            if (args.hashPin() != null) {
                System.out.println(PinHash.hash(args.hashPin()));
                return;
            }
            config = args.launch().load();
        } catch (IllegalArgumentException | ConfigException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (args.windowed()) {
            config = config.withKiosk(config.kiosk().withFullScreen(false));
        }
        LaunchArgs.logTo(config, "kiosk");
        Logger log = LoggerFactory.getLogger(KioskMain.class);
        log.info("starting the kiosk: database {}, provider {}", config.storeLocation(), config.provider());
        if (PinHash.matches(ConfigLoader.DEMO_PIN, config.kiosk().staffPinHash())) {
            log.warn("the staff PIN is the demo PIN {}: set kiosk.staffPinHash (brewline hash-pin) before opening",
                    ConfigLoader.DEMO_PIN);
        }
        KioskRuntime runtime;
        try {
            runtime = KioskRuntime.open(new KioskRuntime.Options(config, Clock.systemUTC(),
                    SandboxKnobs.demo(), null, null, true));
        } catch (RuntimeException e) {
            // A database that cannot be opened, a bad menu: said plainly, with the cause in the log.
            log.error("the kiosk could not start", e);
            System.err.println("The kiosk could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(runtime::close, "kiosk-shutdown"));
        KioskApp.setContext(runtime.context());
        Application.launch(KioskApp.class);
    }
}
