package com.brewline.barista.station.work;

import com.brewline.kitchen.Station;
import com.brewline.kitchen.StationRouting;
import com.brewline.model.IllegalTransitionException;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.model.UrgentFlag;
import com.brewline.store.BrewlineStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/** One station makes every order whole, through the order queue (ADR 0009: the single-station path is unchanged). */
final class WholeOrders implements Workplace {
    private final Station station;

    WholeOrders(Station station) {
        this.station = station;
    }

    @Override
    public String stationId() {
        return station.id();
    }

    @Override
    public String displayName() {
        return station.id().equals(StationRouting.SINGLE_STATION_ID) ? "" : station.name();
    }

    @Override
    public List<Ticket> tickets(BrewlineStore store) {
        List<Order> open = store.orders().openTickets();
        Map<Long, UrgentFlag> urgent = store.orders().urgentOrders();
        List<Ticket> first = new ArrayList<>();
        List<Ticket> rest = new ArrayList<>();
        for (Order o : open) {
            UrgentFlag flag = urgent.get(o.id());
            Ticket t = new Ticket(o, IntStream.range(0, o.lines().size()).boxed().toList(),
                    o.status() == OrderStatus.IN_PREPARATION, o.prepTargetSeconds(), List.of(), flag, null);
            (flag == null ? rest : first).add(t);
        }
        first.addAll(rest);
        return first;
    }

    @Override
    public void start(BrewlineStore store, Order order, String actor) {
        try {
            store.orders().transition(order.id(), OrderStatus.IN_PREPARATION, actor, "started");
        } catch (IllegalTransitionException e) {
            throw new LostRaceException(e.getMessage(), e);
        }
    }

    @Override
    public void bump(BrewlineStore store, Order order, String actor) {
        startIfWaiting(store, order, actor);
        try {
            store.orders().transition(order.id(), OrderStatus.READY, actor, "done");
        } catch (IllegalTransitionException e) {
            throw new LostRaceException(e.getMessage(), e);
        }
    }

    @Override
    public void startIfWaiting(BrewlineStore store, Order order, String actor) {
        OrderStatus now = store.orders().find(order.id()).map(Order::status).orElse(order.status());
        if (now == OrderStatus.PAID) {
            start(store, order, actor);
        }
    }

    @Override
    public Optional<Order> lastBumped(BrewlineStore store) {
        return store.orders().lastBumped();
    }

    @Override
    public void recall(BrewlineStore store, Order order, String actor) {
        store.orders().transition(order.id(), OrderStatus.IN_PREPARATION, actor, "recalled");
    }
}
