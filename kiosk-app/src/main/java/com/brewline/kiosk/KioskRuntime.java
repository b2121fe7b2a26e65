package com.brewline.kiosk;

import com.brewline.kiosk.shell.KioskSettings;
import com.brewline.kiosk.shell.Speech;
import com.brewline.model.BusinessDay;
import com.brewline.model.Menu;
import com.brewline.payment.client.BreakerSettings;
import com.brewline.payment.client.PaymentProviderClient;
import com.brewline.payment.client.ProviderSettings;
import com.brewline.payment.provider.PaymentJobs;
import com.brewline.payment.provider.ProviderCheckoutService;
import com.brewline.payment.provider.ProviderRefundService;
import com.brewline.payment.provider.Reconciler;
import com.brewline.sandbox.SandboxKnobs;
import com.brewline.sandbox.SandboxProvider;
import com.brewline.store.BrewlineStore;
import com.brewline.store.sqlite.SqliteStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The one place a kiosk's {@link KioskContext} is built from its parts: the SQLite store, the
 * payment provider (a URL, or the bundled sandbox started here), the checkout and refund services,
 * their background jobs, the menu and the settings. Closing it closes them all.
 */
public final class KioskRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KioskRuntime.class);

    /**
     * @param providerUrl null: start the embedded sandbox provider with {@code sandboxKnobs}
     * @param settings    adjusts the defaults made from the menu's store names
     */
    public record Options(Path database, String providerUrl, String secretKey, SandboxKnobs sandboxKnobs,
                          BreakerSettings breaker, Menu menu, Clock clock, Speech speech,
                          UnaryOperator<KioskSettings> settings, String staffPinHash, boolean openDayIfClosed) {
        public Options {
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(menu, "menu");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(staffPinHash, "staffPinHash");
            settings = settings == null ? UnaryOperator.identity() : settings;
            breaker = breaker == null ? BreakerSettings.defaults() : breaker;
            sandboxKnobs = sandboxKnobs == null ? SandboxKnobs.demo() : sandboxKnobs;
        }
    }

    private final BrewlineStore store;
    private final SandboxProvider sandbox;
    private final PaymentProviderClient client;
    private final PaymentJobs jobs;
    private final KioskContext context;

    private KioskRuntime(BrewlineStore store, SandboxProvider sandbox, PaymentProviderClient client, PaymentJobs jobs,
                         KioskContext context) {
        this.store = store;
        this.sandbox = sandbox;
        this.client = client;
        this.jobs = jobs;
        this.context = context;
    }

    public static KioskRuntime open(Options options) {
        BrewlineStore store = SqliteStore.open(options.database(), options.clock());
        SandboxProvider sandbox = null;
        PaymentProviderClient client = null;
        try {
            String url = options.providerUrl();
            String key = options.secretKey();
            if (url == null) {
                key = key == null ? "sandbox_sk_" + Long.toHexString(System.nanoTime()) : key;
                sandbox = new SandboxProvider(key, options.sandboxKnobs(), options.clock());
                sandbox.start(0);
                url = sandbox.baseUrl();
                LOG.info("no provider URL given: using the embedded sandbox provider at {} ({})", url,
                        options.sandboxKnobs());
            }
            client = new PaymentProviderClient(ProviderSettings.of(url, key), options.breaker().create("payment-provider"));
            ProviderCheckoutService checkout = new ProviderCheckoutService(store, client, options.clock());
            ProviderRefundService refunds = new ProviderRefundService(store, client, options.clock());
            Reconciler reconciler = new Reconciler(store, client, options.clock(), Duration.ofMinutes(2));
            PaymentJobs jobs = PaymentJobs.start(reconciler, refunds);
            if (options.openDayIfClosed()) {
                openDayForDemo(store, options.clock());
            }
            Menu menu = options.menu();
            KioskSettings settings = options.settings().apply(KioskSettings.defaults("kiosk-1", menu.storeNameKo(),
                    menu.storeNameEn(), options.staffPinHash()));
            Speech speech = options.speech() == null ? Speech.system() : options.speech();
            KioskContext context = new KioskContext(store, checkout, refunds, menu, settings, speech, options.clock());
            return new KioskRuntime(store, sandbox, client, jobs, context);
        } catch (RuntimeException e) {
            if (client != null) {
                client.close();
            }
            if (sandbox != null) {
                sandbox.close();
            }
            store.close();
            throw e;
        }
    }

    /** Demo convenience: a kiosk started with no open day opens one, and says so in the log. */
    private static void openDayForDemo(BrewlineStore store, Clock clock) {
        boolean open = store.days().current().map(BusinessDay::takesOrders).orElse(false);
        if (!open) {
            BusinessDay day = store.days().open(LocalDate.now(clock), "kiosk-demo");
            LOG.warn("no business day was open: opened {} for the demo (a barista normally does this)", day.date());
        }
    }

    public KioskContext context() {
        return context;
    }

    public BrewlineStore store() {
        return store;
    }

    /** The embedded sandbox, or null when a provider URL was given. */
    public SandboxProvider sandbox() {
        return sandbox;
    }

    @Override
    public void close() {
        jobs.close();
        client.close();
        if (sandbox != null) {
            sandbox.close();
        }
        store.close();
    }
}
