package com.brewline.barista.station.work;

import com.brewline.kitchen.ExpoOrder;
import com.brewline.kitchen.OrderPart;
import com.brewline.kitchen.PartState;
import com.brewline.kitchen.Station;
import com.brewline.kitchen.StationRouting;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.store.BrewlineStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One station of several: it sees, claims, bumps and recalls only its own part of each order, through the store's
 * station queue (ADR 0009); the store turns the order READY with the last station's bump.
 */
final class StationParts implements Workplace {
    private final StationRouting routing;
    private final Station station;

    StationParts(StationRouting routing, Station station) {
        this.routing = routing;
        this.station = station;
    }

    @Override
    public String stationId() {
        return station.id();
    }

    @Override
    public String displayName() {
        return station.name();
    }

    @Override
    public List<Ticket> tickets(BrewlineStore store) {
        List<Ticket> tickets = new ArrayList<>();
        for (ExpoOrder expo : store.stations().tickets(routing, station.id())) {
            List<Ticket.OtherPart> others = expo.parts().stream().filter(p -> !p.stationId().equals(station.id()))
                    .map(p -> new Ticket.OtherPart(routing.station(p.stationId()).map(Station::name).orElse(p.stationId()),
                            p.state())).toList();
            tickets.add(new Ticket(expo.order(), routing.lineIndexes(expo.order(), station.id()),
                    expo.stateOf(station.id()) == PartState.IN_PREPARATION,
                    routing.partTargetSeconds(expo.order(), station.id()), others, expo.urgent(), null));
        }
        return tickets;
    }

    @Override
    public void start(BrewlineStore store, Order order, String actor) {
        try {
            store.stations().claim(order.id(), routing, station.id(), actor);
        } catch (IllegalStateException e) { // claimed by another process of this station, or the order moved on
            throw new LostRaceException(e.getMessage(), e);
        }
    }

    @Override
    public void bump(BrewlineStore store, Order order, String actor) {
        startIfWaiting(store, order, actor);
        try {
            store.stations().bump(order.id(), routing, station.id(), actor);
        } catch (IllegalStateException e) {
            throw new LostRaceException(e.getMessage(), e);
        }
    }

    @Override
    public void startIfWaiting(BrewlineStore store, Order order, String actor) {
        PartState now = store.stations().find(order.id(), routing).map(e -> e.stateOf(station.id()))
                .orElse(PartState.WAITING);
        if (now == PartState.WAITING) {
            start(store, order, actor);
        }
    }

    /**
     * The open order whose part this station bumped most recently. Parts carry their bump time (the writer's clock)
     * but no commit sequence, so two bumps within one clock step are told apart by the later-paid order.
     */
    @Override
    public Optional<Order> lastBumped(BrewlineStore store) {
        ExpoOrder last = null;
        Instant lastAt = null;
        for (ExpoOrder expo : store.stations().expo(routing)) {
            if (expo.order().status() == OrderStatus.PAID) {
                continue;
            }
            OrderPart part = expo.byStation().get(station.id());
            if (part == null || part.state() != PartState.BUMPED || part.bumpedAt() == null) {
                continue;
            }
            if (lastAt == null || !part.bumpedAt().isBefore(lastAt)) {
                last = expo;
                lastAt = part.bumpedAt();
            }
        }
        return Optional.ofNullable(last).map(ExpoOrder::order);
    }

    @Override
    public void recall(BrewlineStore store, Order order, String actor) {
        store.stations().recall(order.id(), routing, station.id(), actor);
    }

}
