package com.brewline.barista.station.work;

import com.brewline.kitchen.StationRouting;
import com.brewline.model.Order;
import com.brewline.store.BrewlineStore;

import java.util.List;
import java.util.Optional;

/**
 * What a station works on (issue 12): whole orders at a shop with one station (the order queue, as before
 * stations existed), or its own part of each order at a shop with several ({@link StationParts}, the store's
 * station queue). Every method blocks on the database: call them on the station's database thread only.
 */
public interface Workplace {
    /** The station's routing id (the one station's at a one-station shop). */
    String stationId();

    /** The station's name for the header, or empty at a shop that configured no stations. */
    String displayName();

    /** The station's tickets, urgent first, then oldest paid. */
    List<Ticket> tickets(BrewlineStore store);

    /**
     * Starts this station's work on the order.
     *
     * @throws LostRaceException when another station or process started it first
     */
    void start(BrewlineStore store, Order order, String actor);

    /**
     * This station's work on the order is done (started first if it was not); the order turns READY when it was the
     * last station's.
     *
     * @throws LostRaceException when another process got there first
     */
    void bump(BrewlineStore store, Order order, String actor);

    /** Starts the order if this station has not yet (before a line is checked off). */
    void startIfWaiting(BrewlineStore store, Order order, String actor);

    /** The order whose part this station bumped last and that is not yet collected: what R brings back. */
    Optional<Order> lastBumped(BrewlineStore store);

    /** Takes this station's bumped work on the order back into preparation (a READY order with it). */
    void recall(BrewlineStore store, Order order, String actor);

    /** At a shop with one station, whole orders; otherwise the part of the station {@code stationId} names. */
    static Workplace of(StationRouting routing, String stationId) {
        if (routing.isSingle()) {
            return new WholeOrders(routing.stations().get(0));
        }
        return new StationParts(routing, routing.require(stationId));
    }

    /** Another station or process started (or finished) the order first. */
    final class LostRaceException extends RuntimeException {
        public LostRaceException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
