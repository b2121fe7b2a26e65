package com.brewline.screens;

import com.brewline.config.BrewlineConfig;
import com.brewline.config.LaunchArgs;
import com.brewline.display.StartupTimeline;
import com.brewline.display.launch.LaunchOptions;
import com.brewline.display.launch.ScreenLaunch;
import com.brewline.menu.MenuLoader;
import com.brewline.model.Menu;
import com.brewline.payment.RefundService;
import com.brewline.payment.client.BreakerSettings;
import com.brewline.payment.client.PaymentProviderClient;
import com.brewline.payment.client.ProviderSettings;
import com.brewline.payment.provider.ProviderRefundService;
import com.brewline.store.BrewlineStore;
import com.brewline.store.Stores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.time.Clock;

import com.brewline.barista.app.ScreenHeartbeat;
import com.brewline.kitchen.ProcessKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The one place a {@link DisplayContext} is put together: the shared launch options and the
 * configuration file ({@link LaunchOptions}; the secret key may also come from the configuration's key
 * file or environment variable), plus the screens' own options ({@link Options}), parsed by picocli.
 */
public final class DisplayContexts {
    private DisplayContexts() {
    }

    /** The station's and the board's options: a picocli command of its own, or a mixin of a larger one. */
    @Command(sortOptions = false, description = "A Brewline display (the barista station or the pickup board) "
            + "on the shop's order database, full screen on one monitor.")
    public static final class Options {
        @Mixin
        LaunchOptions launch = new LaunchOptions();

        @Option(names = "--station", paramLabel = "ID", description = "This station's name (default: barista.stationId).")
        String stationId;

        @Option(names = "--lang", paramLabel = "ko|en", description = "The screen's language (default: ko).")
        String language = "ko";

        @Option(names = "--no-sound", description = "No chime.")
        boolean noSound;

        @Option(names = "--ready-shown-for", paramLabel = "SECONDS", description = "How long a ready number stays on the board.")
        Long readyShownForSeconds;

        @Option(names = "--screen", paramLabel = "N",
                description = "The monitor, 0 the first (default: 0). A screen that does not exist is an error.")
        int screen;

        /** @throws IllegalArgumentException naming the value that is wrong */
        public Args args() {
            if (!language.equals("ko") && !language.equals("en")) {
                throw new IllegalArgumentException("--lang must be ko or en, was \"" + language + "\"");
            }
            if (readyShownForSeconds != null && (readyShownForSeconds < 1 || readyShownForSeconds > 86_400)) {
                throw new IllegalArgumentException("--ready-shown-for must be 1 to 86400 seconds, was " + readyShownForSeconds);
            }
            if (screen < 0) {
                throw new IllegalArgumentException("--screen must be 0 or more, was " + screen);
            }
            return new Args(launch.launchArgs(), stationId, Locale.forLanguageTag(language), noSound ? Boolean.FALSE : null,
                    readyShownForSeconds == null ? null : Duration.ofSeconds(readyShownForSeconds), screen);
        }
    }

    /** The parsed arguments; null overrides keep the configuration's value. */
    public record Args(LaunchArgs launch, String stationId, Locale language, Boolean sound, Duration readyShownFor,
                       int screen) {
    }

    /** @throws IllegalArgumentException naming the argument that is wrong */
    public static Args parse(String[] argv) {
        Options options = new Options();
        try {
            new CommandLine(options).parseArgs(argv);
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return options.args();
    }

    /**
     * Opens the store and builds the refund service: with a provider, refunds are sent at once
     * (retried by the kiosk's jobs when that fails); without one they stay queued and show as pending
     * until the kiosk's payment jobs send them.
     */
    public static DisplayContext open(Args a, BrewlineConfig config, Clock clock) {
        List<AutoCloseable> owned = new ArrayList<>();
        BrewlineStore store = Stores.open(config, clock);
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
            DisplaySettings settings = DisplaySettings.from(config.barista(), a.language())
                    .withRouting(config.kitchen().routing());
            if (a.stationId() != null) {
                settings = settings.withStationId(a.stationId());
            }
            if (a.sound() != null) {
                settings = settings.withSound(a.sound());
            }
            if (a.readyShownFor() != null) {
                settings = settings.withReadyShownFor(a.readyShownFor());
            }
            return new DisplayContext(store, refunds, menu, settings, clock, owned);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** What a display's main needs once its arguments and configuration were accepted. */
    public record Started(Args args, BrewlineConfig config, CompletableFuture<DisplayContext> opening, String screenName) {
        /**
         * The context once the store is open. It opens on a thread of its own while JavaFX starts (the two
         * take about as long, and a screen is up sooner when they overlap); call this in the screen's
         * start. A store that cannot be opened ends the process like any failed start.
         */
        public DisplayContext context() {
            try {
                return opening.join();
            } catch (CompletionException e) {
                ScreenLaunch.exit(ScreenLaunch.FAILED, screenName, e.getCause());
                throw e;
            }
        }
    }

    /** The station's or the board's own start, its options alone. */
    public static Started startOrExit(String program, String[] argv, String processName, String screenName) {
        Options options = new Options();
        return startOrExit(program, options, options, argv, processName, screenName);
    }

    /**
     * Parses (answering --help and --version), configures and opens a display, or says plainly why not
     * and exits: 2 for bad arguments or configuration (file, line, field), 1 when it cannot start (with
     * the cause in the log and on stderr).
     *
     * @param command    the picocli command holding {@code options} (itself, or as a mixin)
     * @param screenName how the message names the display, e.g. "barista station"
     */
    public static Started startOrExit(String program, Object command, Options options, String[] argv,
                                      String processName, String screenName) {
        ScreenLaunch.parseOrExit(program, command, argv);
        ScreenLaunch.startToolkitEarly(); // JavaFX comes up while the configuration is read and the store opens
        BrewlineConfig config = ScreenLaunch.configureOrExit(options.launch, processName, screenName);
        Args args;
        try {
            args = options.args();
            if (processName.equals("barista") || processName.equals("station-and-board")) {
                requireConfiguredStation(config.kitchen().routing(),
                        args.stationId() != null ? args.stationId() : config.barista().stationId());
            }
        } catch (IllegalArgumentException e) {
            ScreenLaunch.exit(ScreenLaunch.BAD_USAGE, screenName, e);
            throw e;
        }
        ScreenLaunch.requireDisplayOrExit(screenName);
        StartupTimeline.mark("configuration read");
        CompletableFuture<DisplayContext> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                opening.complete(withHeartbeat(open(args, config, config.clock()), config, processName)); // the store's one time zone
                StartupTimeline.mark("store open");
            } catch (Throwable e) {
                opening.completeExceptionally(e);
            }
        }, "open-store");
        opener.setDaemon(true);
        opener.start();
        return new Started(args, config, opening, screenName);
    }

    /**
     * A station screen works at a configured station (issue 12): with stations configured, its id (--station, else
     * barista.stationId) must name one of them; a screen that worked at none would show nothing and claim nothing.
     *
     * @throws IllegalArgumentException naming the id and the configured stations
     */
    static void requireConfiguredStation(com.brewline.kitchen.StationRouting routing, String stationId) {
        if (!routing.isSingle() && routing.station(stationId).isEmpty()) {
            throw new IllegalArgumentException("this station is '" + stationId + "' (--station or barista.stationId), "
                    + "which is none of the configured stations " + routing.stations().stream()
                    .map(s -> s.id()).toList() + ": start it with --station ID");
        }
    }

    /** Issue 12: the screen's heartbeat, beating only while its window answers; closed with the context. */
    private static DisplayContext withHeartbeat(DisplayContext context, BrewlineConfig config, String processName) {
        ProcessKind kind = switch (processName) {
            case "pickup-board" -> ProcessKind.PICKUP_BOARD;
            case "expo" -> ProcessKind.EXPO;
            default -> ProcessKind.STATION;
        };
        return context.with(ScreenHeartbeat.start(context.store(), config, kind,
                ScreenHeartbeat.name(kind, context.settings().stationId()),
                kind == ProcessKind.STATION ? ScreenHeartbeat.routingStation(config.kitchen().routing(),
                        context.settings().stationId()) : null, context.clock()));
    }
}
