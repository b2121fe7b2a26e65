package com.brewline.payment.provider;

import com.brewline.config.BrewlineConfig;
import com.brewline.payment.client.BreakerSettings;
import com.brewline.payment.client.PaymentProviderClient;
import com.brewline.payment.client.ProviderSettings;
import com.brewline.sandbox.SandboxKnobs;
import com.brewline.sandbox.SandboxProvider;
import com.brewline.store.BrewlineStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything a kiosk needs to take and give back money, wired from the configuration: the client
 * with its breaker, checkout, refunds, the reconciler and their background jobs. With no
 * {@code provider.url} the bundled sandbox runs embedded on a free loopback port (demo knobs: a
 * simulated customer approves after 3 s, 1 in 10 declined; the checkout page works too).
 * Reconciliation runs once at start-up, then every minute.
 */
public final class PaymentStack implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PaymentStack.class);

    private final SandboxProvider sandbox;
    private final PaymentProviderClient client;
    private final ProviderCheckoutService checkout;
    private final ProviderRefundService refunds;
    private final Reconciler reconciler;
    private final PaymentJobs jobs;
    private final ProviderWatch watch;

    private PaymentStack(SandboxProvider sandbox, PaymentProviderClient client, BrewlineStore store, Clock clock,
                         BrewlineConfig config) {
        BrewlineConfig.Provider provider = config.provider();
        this.sandbox = sandbox;
        this.client = client;
        this.checkout = new ProviderCheckoutService(store, client, clock);
        this.refunds = new ProviderRefundService(store, client, clock);
        this.reconciler = new Reconciler(store, client, clock, provider.reconcileAfter());
        this.jobs = PaymentJobs.start(reconciler, refunds);
        // the payment jobs' heartbeat (issue 12): the station shows whether the provider answers
        this.watch = ProviderWatch.start(store, client, config.kiosk().kioskId(), config.kitchen().heartbeatEvery(),
                Duration.ofMinutes(1), clock);
    }

    public static PaymentStack start(BrewlineConfig config, BrewlineStore store, Clock clock) {
        return start(config, store, clock, SandboxKnobs.demo());
    }

    /** @param embeddedKnobs the embedded sandbox's knobs (used only when no provider URL is configured) */
    public static PaymentStack start(BrewlineConfig config, BrewlineStore store, Clock clock, SandboxKnobs embeddedKnobs) {
        BrewlineConfig.Provider p = config.provider();
        SandboxProvider sandbox = null;
        String url = p.url();
        String secret = p.secretKey();
        if (url == null) {
            if (secret == null || secret.isBlank()) {
                secret = "sandbox_sk_" + UUID.randomUUID(); // never leaves this process
            }
            sandbox = new SandboxProvider(secret, embeddedKnobs);
            sandbox.start(0);
            url = sandbox.baseUrl();
            log.info("no provider.url configured: using the embedded sandbox at {}", url);
        }
        ProviderSettings settings = new ProviderSettings(url, secret, p.connectTimeout(), p.readTimeout(),
                p.callTimeout(), p.maxAttempts(), java.time.Duration.ofMillis(200));
        PaymentProviderClient client = new PaymentProviderClient(settings,
                BreakerSettings.from(config.circuitBreaker()).create("payment-provider"));
        log.info("payment provider: {}", settings);
        return new PaymentStack(sandbox, client, store, clock, config);
    }

    public ProviderCheckoutService checkout() {
        return checkout;
    }

    public ProviderRefundService refunds() {
        return refunds;
    }

    public Reconciler reconciler() {
        return reconciler;
    }

    public PaymentProviderClient client() {
        return client;
    }

    /** The embedded sandbox, when no provider URL is configured (the demo can turn its knobs). */
    public Optional<SandboxProvider> embeddedSandbox() {
        return Optional.ofNullable(sandbox);
    }

    @Override
    public void close() {
        watch.close();
        jobs.close();
        client.close();
        if (sandbox != null) {
            sandbox.stop();
        }
    }
}
