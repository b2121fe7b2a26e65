package com.brewline.kiosk;

import com.brewline.config.BrewlineConfig;
import com.brewline.kiosk.common.KioskSettings;
import com.brewline.display.Speech;
import com.brewline.kiosk.phone.CustomerTelling;
import com.brewline.kiosk.phone.PhoneEntryViewModel;
import com.brewline.kiosk.phone.TellingCheckout;
import com.brewline.kiosk.live.LiveShop;
import com.brewline.kitchen.AlertKinds;
import com.brewline.menu.MenuLoader;
import com.brewline.menu.MenuSource;
import com.brewline.menu.WatchedMenuFile;
import com.brewline.model.Menu;
import com.brewline.payment.provider.PaymentStack;
import com.brewline.sandbox.SandboxKnobs;
import com.brewline.sandbox.SandboxProvider;
import com.brewline.store.BrewlineStore;
import com.brewline.store.Stores;
import com.brewline.display.FxPulse;
import com.brewline.kitchen.ProcessKind;
import com.brewline.watch.HeartbeatWriter;
import com.brewline.watch.KioskGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The one place a kiosk's {@link KioskContext} is built from the configuration: the SQLite store,
 * the payment stack (the configured provider URL; the bundled sandbox only when the configuration
 * chose it explicitly, {@code provider.sandbox} or {@code --demo-sandbox}), the menu and the settings.
 * Closing it closes them all. The kiosk never opens the business day: staff do.
 */
public final class KioskRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KioskRuntime.class);

    /**
     * @param clock        the store's clock ({@link BrewlineConfig#clock()}; tests pass their own)
     * @param sandboxKnobs the embedded sandbox's knobs, used only when the configuration chose the sandbox
     * @param settings     adjusts the settings made from the configuration (tests shorten time-outs)
     */
    public record Options(BrewlineConfig config, Clock clock, SandboxKnobs sandboxKnobs, Speech speech,
                          UnaryOperator<KioskSettings> settings) {
        public Options {
            Objects.requireNonNull(config, "config");
            Objects.requireNonNull(clock, "clock");
            settings = settings == null ? UnaryOperator.identity() : settings;
            sandboxKnobs = sandboxKnobs == null ? SandboxKnobs.demo() : sandboxKnobs;
        }
    }

    private final BrewlineStore store;
    private final PaymentStack payments;
    private final SandboxProvider sandbox;
    private final CustomerTelling telling;
    private final KioskContext context;
    private final KioskGate gate;
    private final HeartbeatWriter heartbeat;
    private final MenuSource menus;

    private KioskRuntime(BrewlineStore store, PaymentStack payments, SandboxProvider sandbox, CustomerTelling telling,
                         KioskContext context, KioskGate gate, HeartbeatWriter heartbeat, MenuSource menus) {
        this.store = store;
        this.payments = payments;
        this.sandbox = sandbox;
        this.telling = telling;
        this.context = context;
        this.gate = gate;
        this.heartbeat = heartbeat;
        this.menus = menus;
    }

    /**
     * @throws com.brewline.config.ConfigException when no payment provider is configured and the sandbox
     *                                             was not chosen: the kiosk refuses to start
     */
    public static KioskRuntime open(Options options) {
        BrewlineConfig config = options.config();
        Menu menu = MenuLoader.loadOrDefault(config.menuFile());
        SandboxProvider sandbox = null;
        BrewlineStore store = null;
        MenuSource menus = null;
        try {
            if (config.provider().url() == null && config.isDemo()) {
                sandbox = startEmbeddedSandbox(config, options.sandboxKnobs());
                config = config.withProvider(config.provider().at(sandbox.baseUrl(), sandboxSecret(config)));
            }
            store = Stores.open(config, options.clock());
            // issue 13: the configured menu file is watched; a new valid one reaches the screens between customers
            menus = watchMenu(config, store, menu);
            menu = menus.current();
            PaymentStack payments = PaymentStack.start(config, store, options.clock());
            KioskSettings settings = options.settings().apply(KioskSettings.from(config));
            Speech speech = options.speech() == null ? Speech.forThisSystem(true) : options.speech();
            // issue 14: messages through the outbox (notify.url) and the slip (printer.target), with the order's
            // cancel code (the domain's CancelCode, the one the done screen shows)
            // issue 12: the gate this kiosk asks before an order; the paid orders' waits it counts are the done
            // screen's and the PAID message's (one figure)
            BrewlineConfig.Kitchen kitchen = config.kitchen();
            KioskGate gate = new KioskGate(store, kitchen.routing(), kitchen.pacing(), kitchen.silentAfter(),
                    config.kiosk().stopWhenNoStation(), options.clock());
            LiveShop live = new LiveShop(gate, menus, kitchen.heartbeatEvery());
            CustomerTelling telling;
            try {
                telling = new CustomerTelling(config, store, options.clock(), com.brewline.model.CancelCode::of,
                        live.paidWaits());
            } catch (RuntimeException e) { // a printer.target that is not one: say so, leave nothing running
                payments.close();
                throw e;
            }
            PhoneEntryViewModel phoneEntry = new PhoneEntryViewModel(telling.takesPhoneNumbers());
            // issue 12: this kiosk's heartbeat (only while its screen answers)
            KioskContext context = new KioskContext(store, new TellingCheckout(payments.checkout(), phoneEntry::phone),
                    payments.refunds(), menu, settings, speech, options.clock(), phoneEntry, telling::paid,
                    live);
            HeartbeatWriter heartbeat = HeartbeatWriter.start(store, ProcessKind.KIOSK, config.kiosk().kioskId(), null,
                    kitchen.heartbeatEvery(), options.clock(), KioskRuntime::screenAnswers);
            return new KioskRuntime(store, payments, sandbox, telling, context, gate, heartbeat, menus);
        } catch (RuntimeException e) {
            if (menus != null) {
                menus.close();
            }
            if (store != null) {
                store.close();
            }
            if (sandbox != null) {
                sandbox.stop();
            }
            throw e;
        }
    }

    /**
     * The bundled menu never changes; a configured file is looked at every second. A changed file that is not a
     * valid menu is refused: the kiosk keeps the menu it has, the log and a staff alert name file, line and field.
     */
    private static MenuSource watchMenu(BrewlineConfig config, BrewlineStore store, Menu first) {
        if (config.menuFile() == null) {
            return MenuSource.fixed(first);
        }
        String kioskId = config.kiosk().kioskId();
        WatchedMenuFile watched = WatchedMenuFile.start(config.menuFile(), WatchedMenuFile.DEFAULT_INTERVAL, refused -> {
            LOG.error("the changed menu file was refused, the kiosk keeps its menu: {}", refused.getMessage());
            try {
                store.alerts().raise(kioskId, AlertKinds.MENU_FILE, refused.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("could not record the menu alert: {}", e.toString());
            }
        });
        watched.subscribe(valid -> {
            try {
                store.alerts().resolve(kioskId, AlertKinds.MENU_FILE, kioskId);
            } catch (RuntimeException e) {
                LOG.warn("could not resolve the menu alert: {}", e.toString());
            }
        });
        return watched;
    }

    /** The demo's sandbox, inside the kiosk: chosen explicitly, logged loudly, shown on screen by the demo mark. */
    private static SandboxProvider startEmbeddedSandbox(BrewlineConfig config, SandboxKnobs knobs) {
        SandboxProvider sandbox = new SandboxProvider(sandboxSecret(config), knobs);
        sandbox.start(0);
        LOG.warn("DEMO: payments go to the embedded sandbox at {}; no real payment is taken", sandbox.baseUrl());
        return sandbox;
    }

    private static HeartbeatWriter.Observation screenAnswers() {
        Duration answered = FxPulse.check(Duration.ofSeconds(5));
        return new HeartbeatWriter.Observation() {
            @Override
            public String lastSaw() {
                return "screen answered in " + answered.toMillis() + " ms";
            }
        };
    }

    /**
     * What the kiosk should do before taking an order: every station silent (warn staff; stop per
     * kiosk.stopWhenNoStation) and pacing (show the wait; pause). Blocks on the store: poll it off the FX thread.
     */
    public KioskGate gate() {
        return gate;
    }

    private static String sandboxSecret(BrewlineConfig config) {
        String secret = config.provider().secretKey();
        return secret == null || secret.isBlank() ? "sandbox_sk_" + SANDBOX_SECRET : secret;
    }

    /** One random key per process: it never leaves it. */
    private static final String SANDBOX_SECRET = UUID.randomUUID().toString();

    public KioskContext context() {
        return context;
    }

    public BrewlineStore store() {
        return store;
    }

    /** The embedded sandbox, or null when a provider URL was configured. */
    public SandboxProvider sandbox() {
        return sandbox;
    }

    @Override
    public void close() {
        heartbeat.close();
        menus.close();
        telling.close();
        payments.close();
        store.close();
        if (sandbox != null) {
            sandbox.stop();
        }
    }
}
