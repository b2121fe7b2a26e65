package com.brewline.kiosk;

import com.brewline.config.BrewlineConfig;
import com.brewline.kiosk.common.KioskSettings;
import com.brewline.kiosk.common.Speech;
import com.brewline.menu.MenuLoader;
import com.brewline.model.BusinessDay;
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
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The one place a kiosk's {@link KioskContext} is built from the configuration: the SQLite store,
 * the payment stack (a provider URL, or the bundled sandbox started here), the menu and the
 * settings. Closing it closes them all.
 */
public final class KioskRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KioskRuntime.class);

    /**
     * @param sandboxKnobs the embedded sandbox's knobs, used only when no provider URL is configured
     * @param settings     adjusts the settings made from the configuration (tests shorten time-outs)
     */
    public record Options(BrewlineConfig config, Clock clock, SandboxKnobs sandboxKnobs, Speech speech,
                          UnaryOperator<KioskSettings> settings, boolean openDayIfClosed) {
        public Options {
            Objects.requireNonNull(config, "config");
            Objects.requireNonNull(clock, "clock");
            settings = settings == null ? UnaryOperator.identity() : settings;
            sandboxKnobs = sandboxKnobs == null ? SandboxKnobs.demo() : sandboxKnobs;
        }
    }

    private final BrewlineStore store;
    private final PaymentStack payments;
    private final KioskContext context;
    private final KioskGate gate;
    private final HeartbeatWriter heartbeat;

    private KioskRuntime(BrewlineStore store, PaymentStack payments, KioskContext context, KioskGate gate,
                         HeartbeatWriter heartbeat) {
        this.store = store;
        this.payments = payments;
        this.context = context;
        this.gate = gate;
        this.heartbeat = heartbeat;
    }

    public static KioskRuntime open(Options options) {
        BrewlineConfig config = options.config();
        Menu menu = MenuLoader.loadOrDefault(config.menuFile());
        BrewlineStore store = Stores.open(config, options.clock());
        try {
            PaymentStack payments = PaymentStack.start(config, store, options.clock(), options.sandboxKnobs());
            if (options.openDayIfClosed()) {
                openDayForDemo(store, options.clock());
            }
            KioskSettings settings = options.settings().apply(KioskSettings.from(config));
            Speech speech = options.speech() == null ? Speech.system() : options.speech();
            KioskContext context = new KioskContext(store, payments.checkout(), payments.refunds(), menu, settings,
                    speech, options.clock());
            // issue 12: this kiosk's heartbeat (only while its screen answers), and the gate it asks before an order
            BrewlineConfig.Kitchen kitchen = config.kitchen();
            KioskGate gate = new KioskGate(store, kitchen.routing(), kitchen.pacing(), kitchen.silentAfter(),
                    config.kiosk().stopWhenNoStation(), options.clock());
            HeartbeatWriter heartbeat = HeartbeatWriter.start(store, ProcessKind.KIOSK, config.kiosk().kioskId(), null,
                    kitchen.heartbeatEvery(), options.clock(), KioskRuntime::screenAnswers);
            return new KioskRuntime(store, payments, context, gate, heartbeat);
        } catch (RuntimeException e) {
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

    public KioskContext context() {
        return context;
    }

    public BrewlineStore store() {
        return store;
    }

    /** The embedded sandbox, or null when a provider URL was configured. */
    public SandboxProvider sandbox() {
        return payments.embeddedSandbox().orElse(null);
    }

    @Override
    public void close() {
        heartbeat.close();
        payments.close();
        store.close();
    }
}
