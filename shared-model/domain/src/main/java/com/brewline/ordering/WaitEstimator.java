package com.brewline.ordering;

import com.brewline.kitchen.ExpoOrder;
import com.brewline.kitchen.OrderPart;
import com.brewline.kitchen.PartState;
import com.brewline.kitchen.StationRouting;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The wait a new order can expect, in preparation minutes (from the menu's prep times), not in orders.
 * Each station works its own parts: its queue is the prep time of every part of it not yet bumped (a part
 * in preparation counts what is left of its target), shared among the station's working processes; the new
 * order waits for the slowest station it needs, plus its own part there. Stations work side by side.
 */
public final class WaitEstimator {
    private final StationRouting routing;

    public WaitEstimator(StationRouting routing) {
        this.routing = routing;
    }

    /** The estimate and the number of orders ahead still being made. */
    public record Estimate(Duration waitTime, int ordersAhead, Map<String, Duration> queueByStation) {
        public Estimate {
            queueByStation = Map.copyOf(queueByStation);
        }

        /** Whole minutes, rounded up: "about 3 min" never promises less than the estimate. */
        public long minutes() {
            return (waitTime.toSeconds() + 59) / 60;
        }
    }

    /**
     * @param open        the open orders with their parts (the store's expo query)
     * @param workers     working processes per station id (a station missing or at 0 counts as one: its
     *                    work still has to be done by someone)
     * @param ownLines    the new order's lines (empty: the queue's own wait, for pacing)
     */
    public Estimate estimate(Collection<ExpoOrder> open, Map<String, Integer> workers, List<OrderLine> ownLines,
                             Instant now) {
        Map<String, Long> queue = new HashMap<>();
        routing.stations().forEach(s -> queue.put(s.id(), 0L));
        int ahead = 0;
        for (ExpoOrder expo : open) {
            Order order = expo.order();
            if (!order.status().isOnBaristaQueue()) {
                continue;
            }
            ahead++;
            for (OrderPart part : expo.parts()) {
                if (part.state() == PartState.BUMPED || !queue.containsKey(part.stationId())) {
                    continue;
                }
                long left = part.targetSeconds();
                Instant started = part.claimedAt() != null ? part.claimedAt()
                        : part.state() == PartState.IN_PREPARATION ? order.startedAt() : null;
                if (started != null) {
                    left = Math.max(0, left - Math.max(0, Duration.between(started, now).toSeconds()));
                }
                queue.merge(part.stationId(), left, Long::sum);
            }
        }
        Map<String, Duration> byStation = new HashMap<>();
        long wait = 0;
        List<String> ownStations = routing.stationsOfLines(ownLines);
        for (Map.Entry<String, Long> entry : queue.entrySet()) {
            String station = entry.getKey();
            long queued = entry.getValue() / Math.max(1, workers.getOrDefault(station, 1));
            byStation.put(station, Duration.ofSeconds(queued));
            long own = ownLines.stream().filter(l -> routing.stationOf(l).equals(station))
                    .mapToLong(l -> (long) l.prepSeconds() * l.quantity()).sum();
            if (ownLines.isEmpty() || ownStations.contains(station)) {
                wait = Math.max(wait, queued + own);
            }
        }
        return new Estimate(Duration.ofSeconds(wait), ahead, byStation);
    }
}
