package com.brewline.cli;

import com.brewline.kitchen.ExpoOrder;
import com.brewline.kitchen.PartState;
import com.brewline.kitchen.ProcessKind;
import com.brewline.kitchen.StationRouting;
import com.brewline.model.OrderStatus;
import com.brewline.store.BrewlineStore;
import com.brewline.watch.HeartbeatWriter;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * One simulated barista at a station: claims the station's next part (urgent first, then oldest paid), makes
 * it in its prep time times the scale, bumps it; the bump that makes the order READY hands it to the customer.
 * Writes a heartbeat like a station screen, so the kiosks' pacing counts it as working.
 */
final class StationWorker implements Runnable {
    private static final long IDLE_POLL_MILLIS = 100;

    private final BrewlineStore store;
    private final StationRouting routing;
    private final String stationId;
    private final String name;
    private final double prepScale;
    private final BooleanSupplier kiosksDone;
    private final Semaphore wakeUp;
    /** Order id to the number of first claims (a claim that moved the order into preparation): one each. */
    private final Map<Long, AtomicInteger> claimsByOrder;
    /** "orderId/station" to the number of claims of that part: one each. */
    private final Map<String, AtomicInteger> claimsByPart;

    final AtomicInteger claimed = new AtomicInteger();
    final AtomicInteger ready = new AtomicInteger();
    final AtomicInteger pickedUp = new AtomicInteger();
    volatile Throwable failure;

    StationWorker(BrewlineStore store, StationRouting routing, String stationId, String name, double prepScale,
                  BooleanSupplier kiosksDone, Semaphore wakeUp, Map<Long, AtomicInteger> claimsByOrder,
                  Map<String, AtomicInteger> claimsByPart) {
        this.store = store;
        this.routing = routing;
        this.stationId = stationId;
        this.name = name;
        this.prepScale = prepScale;
        this.kiosksDone = kiosksDone;
        this.wakeUp = wakeUp;
        this.claimsByOrder = claimsByOrder;
        this.claimsByPart = claimsByPart;
    }

    static Map<String, AtomicInteger> newPartCounter() {
        return new ConcurrentHashMap<>();
    }

    String name() {
        return name;
    }

    @Override
    public void run() {
        String actor = "barista:" + name;
        try (HeartbeatWriter beats = HeartbeatWriter.start(store, ProcessKind.STATION, name, stationId,
                Duration.ofSeconds(1), Clock.systemUTC(), () -> new HeartbeatWriter.Observation() {
                    @Override
                    public String lastSaw() {
                        return claimed.get() + " part(s) claimed";
                    }
                })) {
            while (!Thread.currentThread().isInterrupted()) {
                boolean noMoreComing = kiosksDone.getAsBoolean();
                Optional<ExpoOrder> next = store.stations().claimNext(routing, stationId, actor);
                if (next.isEmpty()) {
                    if (noMoreComing) {
                        return;
                    }
                    wakeUp.tryAcquire(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                    continue;
                }
                ExpoOrder part = next.get();
                long id = part.order().id();
                claimed.incrementAndGet();
                claimsByPart.computeIfAbsent(id + "/" + stationId, k -> new AtomicInteger()).incrementAndGet();
                boolean firstClaim = part.parts().stream().filter(p -> !p.stationId().equals(stationId))
                        .allMatch(p -> p.state() == PartState.WAITING);
                if (firstClaim) {
                    claimsByOrder.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                }
                long prepMillis = Math.round(routing.partTargetSeconds(part.order(), stationId) * 1000.0 * prepScale);
                if (prepMillis > 0) {
                    Thread.sleep(prepMillis);
                }
                ExpoOrder bumped = store.stations().bump(id, routing, stationId, actor);
                if (bumped.order().status() == OrderStatus.READY) {
                    ready.incrementAndGet();
                    store.orders().transition(id, OrderStatus.PICKED_UP, "customer", "picked up at the counter");
                    pickedUp.incrementAndGet();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
        }
    }
}
