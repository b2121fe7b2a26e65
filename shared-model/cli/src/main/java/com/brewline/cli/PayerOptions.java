package com.brewline.cli;

import com.brewline.store.BrewlineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the simulator's kiosks pay: a picocli mixin shared by {@code simulate} and its kiosk workers.
 * Without {@code --provider-url} the built-in simulated payment; with it, through the payment
 * provider exactly as the kiosk pays ({@link ProviderPayer}).
 */
@Command
public class PayerOptions {
    static final String SECRET_KEY_ENV = "BREWLINE_PAYMENT_SECRET_KEY";

    @Option(names = "--provider-url", paramLabel = "URL",
            description = "Pay through the payment provider at URL (e.g. a running 'brewline sandbox').")
    String providerUrl;

    @Option(names = "--secret-key", paramLabel = "K",
            description = "The provider's secret key (default: the environment variable " + SECRET_KEY_ENV + ").")
    String secretKey;

    @Option(names = "--poll-ms", defaultValue = "500", paramLabel = "MS",
            description = "How often a kiosk asks the provider whether the customer approved. Default: ${DEFAULT-VALUE}.")
    long pollMillis;

    /** The payer for one kiosk, on that kiosk's own store. */
    KioskPayer create(BrewlineStore store, String kioskId) {
        if (providerUrl == null) {
            return new SimulatedPayer(store, kioskId);
        }
        return new ProviderPayer(store, providerUrl, secretKey(), Duration.ofMillis(Math.max(1, pollMillis)));
    }

    private static final java.util.concurrent.atomic.AtomicBoolean WARNED = new java.util.concurrent.atomic.AtomicBoolean();

    private String secretKey() {
        if (secretKey != null && WARNED.compareAndSet(false, true)) {
            // the command line is visible to every user of the machine (ps, /proc)
            System.err.println("warning: --secret-key shows the payment provider's secret key to every user of this "
                    + "machine; set the environment variable " + SECRET_KEY_ENV + " instead");
        }
        String key = secretKey != null ? secretKey : System.getenv(SECRET_KEY_ENV);
        if (key == null || key.isBlank()) {
            throw new CliException("--provider-url needs --secret-key or the environment variable " + SECRET_KEY_ENV);
        }
        return key;
    }

    /** The options to hand to a kiosk worker process so it pays the same way (its key: {@link #forwardedEnvironment}). */
    List<String> forwardedArgs() {
        List<String> args = new ArrayList<>();
        if (providerUrl != null) {
            args.add("--provider-url=" + providerUrl);
            args.add("--poll-ms=" + pollMillis);
        }
        return args;
    }

    /** The secret key travels to a worker in its environment, where {@code ps} does not show it. */
    Map<String, String> forwardedEnvironment() {
        return providerUrl != null && secretKey != null ? Map.of(SECRET_KEY_ENV, secretKey) : Map.of();
    }
}
