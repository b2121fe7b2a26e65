package com.brewline.kiosk;

import com.brewline.config.PinHash;
import com.brewline.menu.MenuLoader;
import com.brewline.model.Menu;
import com.brewline.sandbox.SandboxKnobs;
import javafx.application.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Starts the kiosk (a plain main class: JavaFX cannot start an Application subclass from the class path).
 * <pre>
 * KioskMain --db PATH [--provider-url URL --secret-key KEY] [--windowed] [--menu FILE] [--staff-pin-hash HASH]
 * KioskMain --hash-pin PIN      prints the hash to put in the configuration
 * </pre>
 * Without a provider URL the embedded sandbox runs, with a simulated customer approving after 3 s.
 */
public final class KioskMain {
    private static final Logger LOG = LoggerFactory.getLogger(KioskMain.class);
    static final String USAGE = "usage: KioskMain --db PATH [--provider-url URL --secret-key KEY] [--windowed]"
            + " [--menu FILE] [--staff-pin-hash HASH]\n       KioskMain --hash-pin PIN";

    private KioskMain() {
    }

    /** Parsed command line. */
    record Args(Path db, String providerUrl, String secretKey, boolean windowed, Path menu, String staffPinHash,
                String hashPin) {
        static Args parse(String... args) {
            Path db = null;
            String url = null;
            String key = null;
            boolean windowed = false;
            Path menu = null;
            String pinHash = null;
            String hashPin = null;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--db" -> db = Path.of(value(args, ++i, a));
                    case "--provider-url" -> url = value(args, ++i, a);
                    case "--secret-key" -> key = value(args, ++i, a);
                    case "--windowed" -> windowed = true;
                    case "--menu" -> menu = Path.of(value(args, ++i, a));
                    case "--staff-pin-hash" -> pinHash = value(args, ++i, a);
                    case "--hash-pin" -> hashPin = value(args, ++i, a);
                    default -> throw new IllegalArgumentException("unknown argument '" + a + "'\n" + USAGE);
                }
            }
            if (hashPin == null && db == null) {
                throw new IllegalArgumentException("--db PATH is required\n" + USAGE);
            }
            if (url != null && key == null) {
                throw new IllegalArgumentException("--provider-url needs --secret-key\n" + USAGE);
            }
            if (pinHash != null && !PinHash.isWellFormed(pinHash)) {
                throw new IllegalArgumentException("--staff-pin-hash must look like pbkdf2-sha256$iterations$salt$hash"
                        + " (make one with --hash-pin)");
            }
            return new Args(db, url, key, windowed, menu, pinHash, hashPin);
        }

        private static String value(String[] args, int i, String name) {
            if (i >= args.length) {
                throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
            }
            return args[i];
        }
    }

    public static void main(String[] argv) {
        Args args;
        try {
            args = Args.parse(argv);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (args.hashPin() != null) {
            System.out.println(PinHash.hash(args.hashPin()));
            return;
        }
        String pinHash = args.staffPinHash();
        if (pinHash == null) {
            LOG.warn("no --staff-pin-hash given: the demo staff PIN 1234 is in use; set a real one before opening");
            pinHash = PinHash.hash("1234");
        }
        Menu menu = args.menu() == null ? MenuLoader.loadDefault() : MenuLoader.load(args.menu());
        boolean windowed = args.windowed();
        KioskRuntime runtime = KioskRuntime.open(new KioskRuntime.Options(args.db(), args.providerUrl(),
                args.secretKey(), SandboxKnobs.demo().approveAfter(Duration.ofSeconds(3)), null, menu,
                Clock.systemUTC(), null, s -> s.withFullScreen(!windowed), pinHash, true));
        Runtime.getRuntime().addShutdownHook(new Thread(runtime::close, "kiosk-shutdown"));
        KioskApp.setContext(runtime.context());
        Application.launch(KioskApp.class);
    }
}
