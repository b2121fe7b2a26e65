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
            if (expo.order().status().isOnBaristaQueue()) {
                ahead++;
                addLeft(expo, queue, now);
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

    /**
     * The wait of an order already paid (the done screen, after paying), counted as the wait before paying is:
     * at each station it still needs, what the orders before it in claim order (the expo's order: urgent first,
     * then by payment) have left there, shared among the station's workers, plus what is left of its own part.
     * An order not among {@code open} (already made, or not of today) waits nothing.
     *
     * @param open the open orders in claim order (the store's expo query)
     */
    public Estimate estimatePlaced(List<ExpoOrder> open, Map<String, Integer> workers, long orderId, Instant now) {
        int index = -1;
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i).order().id() == orderId) {
                index = i;
                break;
            }
        }
        if (index < 0 || !open.get(index).order().status().isOnBaristaQueue()) {
            return new Estimate(Duration.ZERO, 0, Map.of());
        }
        Map<String, Long> queue = new HashMap<>();
        routing.stations().forEach(s -> queue.put(s.id(), 0L));
        int ahead = 0;
        for (ExpoOrder expo : open.subList(0, index)) {
            if (expo.order().status().isOnBaristaQueue()) {
                ahead++;
                addLeft(expo, queue, now);
            }
        }
        Map<String, Long> own = new HashMap<>();
        addLeft(open.get(index), own, now);
        Map<String, Duration> byStation = new HashMap<>();
        long wait = 0;
        for (Map.Entry<String, Long> entry : queue.entrySet()) {
            long queued = entry.getValue() / Math.max(1, workers.getOrDefault(entry.getKey(), 1));
            byStation.put(entry.getKey(), Duration.ofSeconds(queued));
            if (own.containsKey(entry.getKey())) {
                wait = Math.max(wait, queued + own.get(entry.getKey()));
            }
        }
        return new Estimate(Duration.ofSeconds(wait), ahead, byStation);
    }

    /** Adds what is left of each part of the order not yet bumped to its station's sum (configured stations only). */
    private void addLeft(ExpoOrder expo, Map<String, Long> sums, Instant now) {
        Order order = expo.order();
        for (OrderPart part : expo.parts()) {
            if (part.state() == PartState.BUMPED || routing.stations().stream().noneMatch(st -> st.id().equals(part.stationId()))) {
                continue;
            }
            long left = part.targetSeconds();
            Instant started = part.claimedAt() != null ? part.claimedAt()
                    : part.state() == PartState.IN_PREPARATION ? order.startedAt() : null;
            if (started != null) {
                left = Math.max(0, left - Math.max(0, Duration.between(started, now).toSeconds()));
            }
            sums.merge(part.stationId(), left, Long::sum);
        }
    }

}
