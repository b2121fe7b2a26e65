package com.brewline.watch;

import com.brewline.kitchen.ExpoOrder;
import com.brewline.kitchen.KioskAdvice;
import com.brewline.kitchen.Pacing;
import com.brewline.kitchen.StationRouting;
import com.brewline.kitchen.StationWatch;
import com.brewline.ordering.WaitEstimator;
import com.brewline.store.BrewlineStore;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * What the kiosk asks before it takes an order: reads the heartbeats and the open orders and lets the
 * domain decide ({@link StationWatch}, {@link WaitEstimator}, {@link KioskAdvice}). Blocks on the store:
 * poll it off the FX thread (every few seconds, or on the change feed).
 */
public final class KioskGate {
    private final BrewlineStore store;
    private final StationRouting routing;
    private final Pacing pacing;
    private final Duration silentAfter;
    private final boolean stopWhenNoStation;
    private final Clock clock;
    private final WaitEstimator estimator;
    /** The gate's own uptime by a clock that does not jump: stations never seen get their grace from here. */
    private final LongSupplier nanoTime;
    private final long startedNanos;
    /** The pacing the last check found: a pause holds until the wait clearly falls ({@link Pacing#resumeMargin}). */
    private volatile Pacing.Level lastPacing = Pacing.Level.NORMAL;

    public KioskGate(BrewlineStore store, StationRouting routing, Pacing pacing, Duration silentAfter,
                     boolean stopWhenNoStation, Clock clock) {
        this(store, routing, pacing, silentAfter, stopWhenNoStation, clock, System::nanoTime);
    }

    /**
     * @param nanoTime a clock that does not jump (System::nanoTime; tests step their own): the gate's start is the
     *                 kiosk's start, and a station never seen is not yet known until the gate is {@code silentAfter} old
     */
    public KioskGate(BrewlineStore store, StationRouting routing, Pacing pacing, Duration silentAfter,
                     boolean stopWhenNoStation, Clock clock, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.startedNanos = nanoTime.getAsLong();
        this.store = store;
        this.routing = routing;
        this.pacing = pacing;
        this.silentAfter = silentAfter;
        this.stopWhenNoStation = stopWhenNoStation;
        this.clock = clock;
        this.estimator = new WaitEstimator(routing);
    }

    /** Who is alive now, as the heartbeats say (a station never seen is not yet known in the gate's first silentAfter). */
    public StationWatch watch() {
        Duration up = Duration.ofNanos(Math.max(0, nanoTime.getAsLong() - startedNanos));
        return StationWatch.of(store.heartbeats().all(), routing, clock.instant(), silentAfter, up);
    }

    public KioskAdvice check() {
        StationWatch watch = watch();
        List<ExpoOrder> open = store.stations().expo(routing);
        WaitEstimator.Estimate queue = estimator.estimate(open, watch.aliveByStation(), List.of(), clock.instant());
        KioskAdvice advice = KioskAdvice.decide(watch, queue.waitTime(), queue.ordersAhead(), pacing, stopWhenNoStation,
                lastPacing);
        lastPacing = advice.pacing();
        return advice;
    }

    /** The wait of an order just paid (the kiosk's done screen), counted as {@link #estimateFor} counts it. */
    public WaitEstimator.Estimate estimatePlaced(long orderId) {
        StationWatch watch = watch();
        return estimator.estimatePlaced(store.stations().expo(routing), watch.aliveByStation(), orderId, clock.instant());
    }

    /** The wait a customer with these lines can expect, before paying (kiosk's cart and pay screens). */
    public WaitEstimator.Estimate estimateFor(List<com.brewline.model.OrderLine> lines) {
        StationWatch watch = watch();
        return estimator.estimate(store.stations().expo(routing), watch.aliveByStation(), lines, clock.instant());
    }
}
