package com.brewline.barista.app;

import com.brewline.config.BrewlineConfig;
import com.brewline.config.ConfigException;
import com.brewline.config.LaunchArgs;
import com.brewline.kitchen.ProcessKind;
import com.brewline.menu.MenuLoader;
import com.brewline.model.Menu;
import com.brewline.payment.RefundService;
import com.brewline.payment.client.BreakerSettings;
import com.brewline.payment.client.PaymentProviderClient;
import com.brewline.payment.client.ProviderSettings;
import com.brewline.payment.provider.ProviderRefundService;
import com.brewline.store.sqlite.SqliteStore;

import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one place a {@link DisplayContext} is put together: the shared launch arguments and the
 * configuration file ({@link LaunchArgs}: {@code [--config FILE] [--db PATH] [--provider-url URL
 * [--secret-key KEY]] [--menu FILE]}; the secret key may also come from the environment variable the
 * configuration names), plus the screens' own {@code [--station ID] [--lang ko|en] [--no-sound]
 * [--ready-shown-for SECONDS] [--screen N]}.
 */
public final class DisplayContexts {
    public static final String USAGE = LaunchArgs.USAGE
            + " [--station ID] [--lang ko|en] [--no-sound] [--ready-shown-for SECONDS] [--screen N]";

    private DisplayContexts() {
    }

    /** The parsed arguments; null overrides keep the configuration's value. */
    public record Args(LaunchArgs launch, String stationId, Locale language, Boolean sound, Duration readyShownFor,
                       int screen) {
    }

    /** @throws IllegalArgumentException naming the argument that is wrong */
    public static Args parse(String[] argv) {
        LaunchArgs launch = LaunchArgs.parse(argv);
        List<String> rest = launch.rest();
        String station = null;
        Locale lang = Locale.KOREAN;
        Boolean sound = null;
        Duration readyFor = null;
        int screen = 0;
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            switch (a) {
                case "--station" -> station = value(rest, ++i, a);
                case "--lang" -> lang = Locale.forLanguageTag(value(rest, ++i, a));
                case "--no-sound" -> sound = false;
                case "--ready-shown-for" -> readyFor = Duration.ofSeconds(number(value(rest, ++i, a), a));
                case "--screen" -> screen = (int) number(value(rest, ++i, a), a);
                default -> throw new IllegalArgumentException("unknown argument \"" + a + "\"; usage: " + USAGE);
            }
        }
        return new Args(launch, station, lang, sound, readyFor, screen);
    }

    /**
     * Reads the configuration (a bad file fails with its file, line and field) and points the log there.
     * Call before anything logs.
     */
    public static BrewlineConfig configure(Args a, String processName) {
        BrewlineConfig config = a.launch().load();
        LaunchArgs.logTo(config, processName);
        return config;
    }

    /**
     * Opens the store and builds the refund service: with a provider, refunds are sent at once
     * (retried by the kiosk's jobs when that fails); without one they stay queued and show as pending
     * until the kiosk's payment jobs send them.
     */
    public static DisplayContext open(Args a, BrewlineConfig config, Clock clock) {
        return open(a, config, clock, ProcessKind.STATION);
    }

    /** The station's or the board's heartbeat, closed with the context (issue 12). */
    private static AutoCloseable heartbeat(SqliteStore store, BrewlineConfig config, String stationId, Clock clock,
                                           ProcessKind kind) {
        String routed = kind == ProcessKind.STATION
                ? ScreenHeartbeat.routingStation(config.kitchen().routing(), stationId) : null;
        String name = switch (kind) {
            case PICKUP_BOARD -> "board@" + stationId;
            case EXPO -> "expo@" + stationId;
            default -> stationId;
        };
        return ScreenHeartbeat.start(store, config, kind, name, routed, clock);
    }

    /** @param processKind which heartbeat the process writes (a station, or a pickup board) */
    public static DisplayContext open(Args a, BrewlineConfig config, Clock clock, ProcessKind processKind) {
        List<AutoCloseable> owned = new ArrayList<>();
        SqliteStore store = SqliteStore.open(config.database(), clock);
        owned.add(store);
        try {
            Menu menu = MenuLoader.loadOrDefault(config.menuFile());
            RefundService refunds;
            BrewlineConfig.Provider provider = config.provider();
            if (provider.url() != null) {
                PaymentProviderClient client = new PaymentProviderClient(ProviderSettings.from(provider, provider.url()),
                        BreakerSettings.from(config.circuitBreaker()).create("provider"));
                owned.add(client);
                refunds = new ProviderRefundService(store, client, clock);
            } else {
                refunds = new StoreQueuedRefunds(store);
            }
            DisplaySettings settings = DisplaySettings.from(config.barista(), a.language());
            if (a.stationId() != null) {
                settings = settings.withStationId(a.stationId());
            }
            if (a.sound() != null) {
                settings = settings.withSound(a.sound());
            }
            if (a.readyShownFor() != null) {
                settings = settings.withReadyShownFor(a.readyShownFor());
            }
            owned.add(heartbeat(store, config, settings.stationId(), clock, processKind));
            return new DisplayContext(store, refunds, menu, settings, clock, owned);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** What a display's main needs once its arguments and configuration were accepted. */
    public record Started(Args args, BrewlineConfig config, DisplayContext context) {
    }

    /**
     * Parses, configures and opens a display, or says plainly why not and exits: 2 for bad arguments
     * or configuration (file, line, field), 1 when it cannot start (with the cause in the log).
     *
     * @param screenName how the message names the display, e.g. "barista station"
     */
    public static Started startOrExit(String[] argv, String processName, String screenName) {
        Args args;
        BrewlineConfig config;
        try {
            args = parse(argv);
            config = configure(args, processName);
        } catch (IllegalArgumentException | ConfigException e) {
            System.err.println(screenName + ": " + e.getMessage());
            System.exit(2);
            throw new IllegalStateException("exited", e);
        }
        try {
            ProcessKind kind = switch (processName) {
                case "pickup-board" -> ProcessKind.PICKUP_BOARD;
                case "expo" -> ProcessKind.EXPO;
                default -> ProcessKind.STATION;
            };
            return new Started(args, config, open(args, config, Clock.systemDefaultZone(), kind));
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(DisplayContexts.class).error("the {} could not start", screenName, e);
            System.err.println("The " + screenName + " could not start: " + e.getMessage());
            System.exit(1);
            throw e;
        }
    }

    private static String value(List<String> args, int i, String flag) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args.get(i);
    }

    private static long number(String v, String flag) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a whole number, was \"" + v + "\"");
        }
    }
}
