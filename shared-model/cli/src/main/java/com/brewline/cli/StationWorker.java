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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * One simulated barista at a station: claims the station's next part (urgent first, then oldest paid), makes
 * it in its prep time times the scale, bumps it; the bump that makes the order READY hands it to the customer.
 * Writes a heartbeat like a station screen, so the kiosks' pacing counts it as working.
 */
final class StationWorker extends SimulatedBarista<ExpoOrder> {
    private final StationRouting routing;
    private final String stationId;
    /** Order id to the number of first claims (a claim that moved the order into preparation): one each. */
    private final Map<Long, AtomicInteger> claimsByOrder;
    /** "orderId/station" to the number of claims of that part: one each. */
    private final Map<String, AtomicInteger> claimsByPart;

    StationWorker(BrewlineStore store, StationRouting routing, String stationId, String name, double prepScale,
                  BooleanSupplier kiosksDone, Semaphore wakeUp, Map<Long, AtomicInteger> claimsByOrder,
                  Map<String, AtomicInteger> claimsByPart) {
        super(store, name, prepScale, kiosksDone, wakeUp);
        this.routing = routing;
        this.stationId = stationId;
        this.claimsByOrder = claimsByOrder;
        this.claimsByPart = claimsByPart;
    }

    static Map<String, AtomicInteger> newPartCounter() {
        return new ConcurrentHashMap<>();
    }

    @Override
    protected void work(String actor) throws InterruptedException {
        try (HeartbeatWriter beats = HeartbeatWriter.start(store, ProcessKind.STATION, name(), stationId,
                Duration.ofSeconds(1), Clock.systemUTC(), () -> new HeartbeatWriter.Observation() {
                    @Override
                    public String lastSaw() {
                        return claimed.get() + " part(s) claimed";
                    }
                })) {
            shift(actor);
        }
    }

    @Override
    protected Optional<ExpoOrder> claim(String actor) {
        return store.stations().claimNext(routing, stationId, actor);
    }

    @Override
    protected void countClaim(ExpoOrder part) {
        long id = part.order().id();
        claimsByPart.computeIfAbsent(id + "/" + stationId, k -> new AtomicInteger()).incrementAndGet();
        boolean firstClaim = part.parts().stream().filter(p -> !p.stationId().equals(stationId))
                .allMatch(p -> p.state() == PartState.WAITING);
        if (firstClaim) {
            claimsByOrder.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    @Override
    protected double prepSeconds(ExpoOrder part) {
        return routing.partTargetSeconds(part.order(), stationId);
    }

    @Override
    protected void finish(ExpoOrder part, String actor) {
        long id = part.order().id();
        ExpoOrder bumped = store.stations().bump(id, routing, stationId, actor);
        if (bumped.order().status() == OrderStatus.READY) {
            handOver(id);
        }
    }
}
