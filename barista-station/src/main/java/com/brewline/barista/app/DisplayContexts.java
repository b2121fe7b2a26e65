package com.brewline.barista.app;

import com.brewline.menu.MenuLoader;
import com.brewline.model.Menu;
import com.brewline.payment.RefundService;
import com.brewline.payment.client.BreakerSettings;
import com.brewline.payment.client.PaymentProviderClient;
import com.brewline.payment.client.ProviderSettings;
import com.brewline.payment.provider.ProviderRefundService;
import com.brewline.store.sqlite.SqliteStore;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one place a {@link DisplayContext} is put together from command-line arguments (the lead
 * wires the JSON configuration in here later):
 * {@code --db PATH [--provider-url URL --secret-key K] [--station ID] [--lang ko|en] [--no-sound]
 * [--ready-shown-for SECONDS] [--menu FILE] [--screen N]}.
 */
public final class DisplayContexts {
    private DisplayContexts() {
    }

    /** The parsed arguments; {@code screen} is the index of the monitor to show the window on. */
    public record Args(Path db, String providerUrl, String secretKey, String stationId, Locale language,
                       boolean sound, Duration readyShownFor, Path menuFile, int screen) {
    }

    public static Args parse(String[] args, String defaultStationId) {
        Path db = null;
        String url = null;
        String key = null;
        String station = defaultStationId;
        Locale lang = Locale.KOREAN;
        boolean sound = true;
        Duration readyFor = DisplaySettings.defaults(station).readyShownFor();
        Path menu = null;
        int screen = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--db" -> db = Path.of(value(args, ++i, a));
                case "--provider-url" -> url = value(args, ++i, a);
                case "--secret-key" -> key = value(args, ++i, a);
                case "--station" -> station = value(args, ++i, a);
                case "--lang" -> lang = Locale.forLanguageTag(value(args, ++i, a));
                case "--no-sound" -> sound = false;
                case "--ready-shown-for" -> readyFor = Duration.ofSeconds(number(value(args, ++i, a), a));
                case "--menu" -> menu = Path.of(value(args, ++i, a));
                case "--screen" -> screen = (int) number(value(args, ++i, a), a);
                default -> throw new IllegalArgumentException("unknown argument \"" + a + "\" (at position " + (i + 1)
                        + "); expected --db PATH [--provider-url URL --secret-key K] [--station ID] [--lang ko|en]"
                        + " [--no-sound] [--ready-shown-for SECONDS] [--menu FILE] [--screen N]");
            }
        }
        if (db == null) {
            throw new IllegalArgumentException("--db PATH is required (the Brewline SQLite database)");
        }
        if ((url == null) != (key == null)) {
            throw new IllegalArgumentException("--provider-url and --secret-key go together");
        }
        return new Args(db, url, key, station, lang, sound, readyFor, menu, screen);
    }

    /**
     * Opens the store and builds the refund service: with a provider, refunds are sent at once
     * (retried by the kiosk's jobs when that fails); without one they stay queued and show as pending.
     */
    public static DisplayContext open(Args a, Clock clock) {
        List<AutoCloseable> owned = new ArrayList<>();
        SqliteStore store = SqliteStore.open(a.db(), clock);
        owned.add(store);
        try {
            Menu menu = a.menuFile() == null ? MenuLoader.loadDefault() : MenuLoader.load(a.menuFile());
            RefundService refunds;
            if (a.providerUrl() != null) {
                PaymentProviderClient client = new PaymentProviderClient(ProviderSettings.of(a.providerUrl(), a.secretKey()),
                        BreakerSettings.defaults().create("provider"));
                owned.add(client);
                refunds = new ProviderRefundService(store, client, clock);
            } else {
                refunds = new StoreQueuedRefunds(store);
            }
            DisplaySettings settings = DisplaySettings.defaults(a.stationId()).withLanguage(a.language())
                    .withSound(a.sound()).withReadyShownFor(a.readyShownFor());
            return new DisplayContext(store, refunds, menu, settings, clock, owned);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }

    private static long number(String v, String flag) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a whole number, was \"" + v + "\"");
        }
    }
}
