package com.brewline.kiosk;

import com.brewline.config.BrewlineConfig;
import com.brewline.kiosk.phone.CustomerTelling;
import com.brewline.kiosk.phone.PhoneEntryViewModel;
import com.brewline.kiosk.phone.TellingCheckout;
import com.brewline.kiosk.shell.KioskSettings;
import com.brewline.kiosk.shell.Speech;
import com.brewline.menu.MenuLoader;
import com.brewline.model.BusinessDay;
import com.brewline.model.Menu;
import com.brewline.payment.provider.PaymentStack;
import com.brewline.sandbox.SandboxKnobs;
import com.brewline.sandbox.SandboxProvider;
import com.brewline.store.BrewlineStore;
import com.brewline.store.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
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
    private final CustomerTelling telling;
    private final KioskContext context;

    private KioskRuntime(BrewlineStore store, PaymentStack payments, CustomerTelling telling, KioskContext context) {
        this.store = store;
        this.payments = payments;
        this.telling = telling;
        this.context = context;
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
            // issue 14: messages through the outbox (notify.url) and the slip (printer.target). The cancel code on
            // the slip is the kiosk branch's CancelCode; until it is on main the slip prints none.
            CustomerTelling telling;
            try {
                telling = new CustomerTelling(config, store, options.clock(), order -> null);
            } catch (RuntimeException e) { // a printer.target that is not one: say so, leave nothing running
                payments.close();
                throw e;
            }
            PhoneEntryViewModel phoneEntry = new PhoneEntryViewModel(telling.takesPhoneNumbers());
            KioskContext context = new KioskContext(store, new TellingCheckout(payments.checkout(), phoneEntry::phone),
                    payments.refunds(), menu, settings, speech, options.clock(), phoneEntry, telling::paid);
            return new KioskRuntime(store, payments, telling, context);
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
        telling.close();
        payments.close();
        store.close();
    }
}
