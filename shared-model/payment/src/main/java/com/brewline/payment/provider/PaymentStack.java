package com.brewline.payment.provider;

import com.brewline.config.BrewlineConfig;
import com.brewline.config.ConfigException;
import com.brewline.payment.client.BreakerSettings;
import com.brewline.payment.client.PaymentProviderClient;
import com.brewline.payment.client.ProviderSettings;
import com.brewline.store.BrewlineStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;

/**
 * Everything a kiosk needs to take and give back money, wired from the configuration: the client
 * with its breaker, checkout, refunds, the reconciler and their background jobs. It needs a
 * provider URL: the sandbox is never chosen here (a kiosk that wants the demo sandbox starts it and
 * passes its URL, so this module does not depend on the sandbox at all).
 * Reconciliation runs once at start-up, then every minute.
 */
public final class PaymentStack implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PaymentStack.class);

    private final PaymentProviderClient client;
    private final ProviderCheckoutService checkout;
    private final ProviderRefundService refunds;
    private final Reconciler reconciler;
    private final PaymentJobs jobs;
    private final ProviderWatch watch;

    private PaymentStack(PaymentProviderClient client, BrewlineStore store, Clock clock,
                         BrewlineConfig config) {
        BrewlineConfig.Provider provider = config.provider();
        this.client = client;
        this.checkout = new ProviderCheckoutService(store, client, clock);
        this.refunds = new ProviderRefundService(store, client, clock);
        this.reconciler = new Reconciler(store, client, clock, provider.reconcileAfter());
        this.jobs = PaymentJobs.start(reconciler, refunds);
        // the payment jobs' heartbeat (issue 12): the station shows whether the provider answers
        this.watch = ProviderWatch.start(store, client, config.kiosk().kioskId(), config.kitchen().heartbeatEvery(),
                Duration.ofMinutes(1), clock);
    }

    /**
     * @throws ConfigException naming {@code provider.url} when no provider is configured: a kiosk without
     *                         one must not start (a forgotten setting would otherwise mean free coffee)
     */
    public static PaymentStack start(BrewlineConfig config, BrewlineStore store, Clock clock) {
        BrewlineConfig.Provider p = config.provider();
        if (p.url() == null) {
            throw new ConfigException("No payment provider is configured: set provider.url (and its secret key, "
                    + "preferably through the environment variable " + p.secretKeyEnv() + ") in brewline.json, "
                    + "or choose the demo sandbox explicitly with --demo-sandbox");
        }
        ProviderSettings settings = new ProviderSettings(p.url(), p.secretKey(), p.connectTimeout(), p.readTimeout(),
                p.callTimeout(), p.maxAttempts(), java.time.Duration.ofMillis(200));
        PaymentProviderClient client = new PaymentProviderClient(settings,
                BreakerSettings.from(config.circuitBreaker()).create("payment-provider"));
        log.info("payment provider: {}", settings);
        return new PaymentStack(client, store, clock, config);
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

    @Override
    public void close() {
        watch.close();
        jobs.close();
        client.close();
    }
}
