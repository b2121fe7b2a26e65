package com.brewline.kiosk.testing;

import com.brewline.testkit.fx.Fx;
import com.brewline.testkit.TestClock;

import com.brewline.config.PinHash;
import com.brewline.kiosk.KioskRuntime;
import com.brewline.kiosk.KioskUi;
import com.brewline.kiosk.common.KioskSettings;
import com.brewline.config.BrewlineConfig;
import com.brewline.config.ConfigLoader;
import com.brewline.model.Menu;
import com.brewline.payment.client.BreakerSettings;
import com.brewline.sandbox.SandboxKnobs;
import com.brewline.sandbox.SandboxProvider;
import com.brewline.store.BrewlineStore;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real kiosk for a test: SQLite store in a temporary folder, the sandbox provider on loopback,
 * the real checkout and refund services, the default menu; only the UI's clock is a test clock.
 */
public final class KioskFixture implements AutoCloseable {
    public static final String STAFF_PIN = "2468";
    private static final String PIN_HASH = PinHash.hash(STAFF_PIN);

    public final Path dir;
    public final KioskRuntime runtime;
    public final TestClock clock = new TestClock(java.time.Instant.now());
    public final RecordingSpeech speech = new RecordingSpeech();
    public final AtomicInteger staffExits = new AtomicInteger();
    public final KioskUi ui;
    public final Stage stage;
    public final Menu menu;
    /** The configuration the kiosk was started with. */
    public final BrewlineConfig config;
    /** The station at work beside the kiosk (null when the test runs its own). */
    private final com.brewline.watch.HeartbeatWriter station;
    private Scene scene;
    private final java.util.Queue<Throwable> fxErrors = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private volatile boolean closing;
    private Thread.UncaughtExceptionHandler fxThreadBefore;

    public KioskFixture(SandboxKnobs knobs) throws Exception {
        this(knobs, BreakerSettings.defaults());
    }

    public KioskFixture(SandboxKnobs knobs, java.util.function.UnaryOperator<KioskSettings> adjust) throws Exception {
        this(knobs, BreakerSettings.defaults(), adjust);
    }

    public KioskFixture(SandboxKnobs knobs, BreakerSettings breaker) throws Exception {
        this(knobs, breaker, s -> s);
    }

    public KioskFixture(SandboxKnobs knobs, BreakerSettings breaker, java.util.function.UnaryOperator<KioskSettings> adjust)
            throws Exception {
        this(knobs, breaker, adjust, c -> c);
    }

    /**
     * A kiosk with a manual payment sandbox that tells customers through the notification provider at {@code notifyUrl}
     * (its API key {@code apiKey}; 1/2/3 s connect/read/call time-outs, 3 attempts).
     */
    public static KioskFixture tellingThrough(String notifyUrl, String apiKey) throws Exception {
        return new KioskFixture(SandboxKnobs.manual(), BreakerSettings.defaults(), s -> s,
                c -> c.withNotifications(new BrewlineConfig.Notify(notifyUrl, apiKey, "BREWLINE_NOTIFY_API_KEY",
                        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3), 3)));
    }

    /** @param configure changes the configuration before the kiosk starts (issue 14: notify.url, printer.target) */
    public KioskFixture(SandboxKnobs knobs, BreakerSettings breaker, java.util.function.UnaryOperator<KioskSettings> adjust,
                        java.util.function.UnaryOperator<BrewlineConfig> configure) throws Exception {
        this(knobs, breaker, adjust, configure, true);
    }

    /**
     * @param stationAtWork a barista station's heartbeat in this process (a station at work, as in a shop); false:
     *                      none, the test starts its own station processes (the kiosk gate warns staff until one beats)
     */
    public KioskFixture(SandboxKnobs knobs, BreakerSettings breaker, java.util.function.UnaryOperator<KioskSettings> adjust,
                        java.util.function.UnaryOperator<BrewlineConfig> configure, boolean stationAtWork) throws Exception {
        dir = Files.createTempDirectory("kiosk-test");
        BrewlineConfig defaults = new ConfigLoader(Map.of(), dir).defaults();
        BrewlineConfig config = defaults.withCircuitBreaker(new BrewlineConfig.CircuitBreaker(breaker.failureRatePercent(),
                breaker.slowCallRatePercent(), breaker.slowCallThreshold(), breaker.slidingWindowSize(),
                breaker.minimumCalls(), breaker.openFor())).withKiosk(defaults.kiosk().withStaffPinHash(PIN_HASH))
                .withProvider(defaults.provider().withSandbox(true)); // the sandbox, chosen explicitly
        config = configure.apply(config);
        this.config = config;
        runtime = KioskRuntime.open(new KioskRuntime.Options(config, Clock.systemUTC(), knobs, speech,
                s -> adjust.apply(s.withFullScreen(false).withTimes(Duration.ofSeconds(30), Duration.ofSeconds(90),
                        Duration.ofSeconds(20), Duration.ofSeconds(6)))));
        // staff open the day (a kiosk never does); the tests start in an open shop
        runtime.store().days().open(java.time.LocalDate.now(Clock.systemUTC()), "test-staff");
        station = stationAtWork ? com.brewline.watch.HeartbeatWriter.start(runtime.store(),
                com.brewline.kitchen.ProcessKind.STATION, "test-station",
                config.kitchen().routing().stations().get(0).id(), config.kitchen().heartbeatEvery(), Clock.systemUTC(),
                () -> new com.brewline.watch.HeartbeatWriter.Observation() { }) : null;
        menu = runtime.context().menu();
        stage = FxToolkit.registerPrimaryStage();
        watchTheFxThread();
        ui = Fx.get(() -> new KioskUi(runtime.context().withClock(clock), staffExits::incrementAndGet));
        show(ScreenTour.ALL.get(0));
    }

    public Scene show(ScreenTour.Variant variant) {
        scene = ScreenTour.show(stage, ui, variant);
        Fx.settle();
        return scene;
    }

    public Scene scene() {
        return scene;
    }

    /**
     * A finger on the node {@code query} finds, once it is shown and enabled: a real robot tap ({@link Fx#tap}).
     * A screen may be rebuilt between the look-up and the tap (the window settling its orientation at start): a
     * node no longer in the scene is looked up again, as a finger would simply tap again.
     */
    public void tap(String query) {
        for (int attempt = 1; ; attempt++) {
            Fx.waitUntil(query + " shown and enabled", Duration.ofSeconds(5), () -> {
                Node n = scene.getRoot().lookup(query);
                return n != null && Fx.shown(n) && !n.isDisabled();
            });
            Node node = Fx.get(() -> scene.getRoot().lookup(query));
            try {
                Fx.tap(node);
                return;
            } catch (AssertionError detached) {
                if (Fx.get(() -> node.getScene() == scene)) {
                    throw detached; // still on screen: a real failure
                }
            }
            if (attempt == 3) {
                throw new AssertionError(query + " kept leaving the scene before it could be tapped");
            }
        }
    }

    public BrewlineStore store() {
        return runtime.store();
    }

    public SandboxProvider sandbox() {
        return runtime.sandbox();
    }

    public KioskSettings settings() {
        return ui.frame().settings();
    }

    /**
     * Keeps every exception thrown on the FX thread while this kiosk runs (a screen's handler that failed), to fail
     * the test at {@link #close}: the user would have met a screen that stopped half-way.
     */
    private void watchTheFxThread() {
        Fx.run(() -> {
            Thread fx = Thread.currentThread();
            Thread.UncaughtExceptionHandler before = fx.getUncaughtExceptionHandler();
            fxThreadBefore = before;
            fx.setUncaughtExceptionHandler((t, e) -> {
                if (!closing) {
                    fxErrors.add(e);
                }
                if (before != null) {
                    before.uncaughtException(t, e);
                }
            });
        });
    }

    @Override
    public void close() {
        closing = true;
        java.util.List<Throwable> thrown = java.util.List.copyOf(fxErrors);
        if (station != null) {
            station.close();
        }
        Fx.run(ui::close);
        runtime.close();
        Fx.run(() -> Thread.currentThread().setUncaughtExceptionHandler(fxThreadBefore));
        if (!thrown.isEmpty()) {
            AssertionError failed = new AssertionError(thrown.size() + " exception(s) on the FX thread while the kiosk ran,"
                    + " the first: " + thrown.get(0));
            thrown.forEach(failed::addSuppressed);
            throw failed;
        }
    }
}
