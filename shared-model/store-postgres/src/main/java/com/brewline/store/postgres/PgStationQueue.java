package com.brewline.store.postgres;

import com.brewline.kitchen.ExpoOrder;
import com.brewline.kitchen.OrderPart;
import com.brewline.kitchen.PartEvent;
import com.brewline.kitchen.PartState;
import com.brewline.kitchen.StationRouting;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.model.UrgentFlag;
import com.brewline.store.StationQueue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Stations' parts of orders on PostgreSQL (the twin of the SQLite store's): each change locks the order's row
 * first (SELECT ... FOR UPDATE), so two stations' processes never claim one part and the last bump sees every
 * other part. Then it re-reads the order and its parts, asks the domain ({@link PartState}, {@link StationRouting}) whether the move is
 * allowed and whether the order is now ready, and writes the part, its event and any order change together.
 */
final class PgStationQueue implements StationQueue {
    /** Urgent orders first, then first-in first-out by the paid commit sequence, as the order queue's own claims. */
    static final String QUEUE_ORDER = "ORDER BY coalesce((SELECT g.urgent FROM order_flag_events g "
            + "WHERE g.order_id = o.id ORDER BY g.id DESC LIMIT 1), 0) DESC, o.paid_seq, o.id";

    private final PgDatabase db;
    private final PgOrderQueue orders;
    private final Clock clock;

    PgStationQueue(PgDatabase db, PgOrderQueue orders, Clock clock) {
        this.db = db;
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public Optional<ExpoOrder> claimNext(StationRouting routing, String stationId, String actor) {
        routing.require(stationId);
        return db.write("claim the next order for station " + stationId, c -> {
            for (ExpoOrder ticket : tickets(c, routing, stationId)) {
                if (ticket.stateOf(stationId) == PartState.WAITING) {
                    PgOrderRows.lock(c, ticket.order().id()); // then read again: another process may have claimed it
                    ExpoOrder locked = load(c, ticket.order().id(), routing);
                    if (locked.stateOf(stationId) == PartState.WAITING && locked.order().status().isOnBaristaQueue()) {
                        return Optional.of(claimPart(c, locked, routing, stationId, actor));
                    }
                }
            }
            return Optional.empty();
        });
    }

    @Override
    public ExpoOrder claim(long orderId, StationRouting routing, String stationId, String actor) {
        routing.require(stationId);
        return db.write("claim station " + stationId + "'s part of order " + orderId, c -> {
            PgOrderRows.lock(c, orderId);
            ExpoOrder current = load(c, orderId, routing);
            requirePart(routing, current.order(), stationId);
            if (!current.order().status().isOnBaristaQueue()) {
                throw new IllegalStateException("Order " + current.order().ref() + " is " + current.order().status()
                        + ": its parts can no longer be claimed");
            }
            return claimPart(c, current, routing, stationId, actor);
        });
    }

    /** Inside the caller's transaction: the part's row and event, and the order into preparation with its first part. */
    private ExpoOrder claimPart(Connection c, ExpoOrder current, StationRouting routing, String stationId, String actor)
            throws SQLException {
        Order order = current.order();
        PartState.check(order.ref(), stationId, current.stateOf(stationId), PartState.IN_PREPARATION);
        Instant now = clock.instant();
        PgSql.update(c, "INSERT INTO order_parts (order_id, station_id, state, claimed_at) "
                + "VALUES (?, ?, 'IN_PREPARATION', ?)", order.id(), stationId, now);
        event(c, order.id(), stationId, PartState.WAITING, PartState.IN_PREPARATION, now, actor, "claimed");
        if (order.status() == OrderStatus.PAID) {
            orders.apply(c, order, OrderStatus.IN_PREPARATION, actor, "claimed by station " + stationId);
        }
        return load(c, order.id(), routing);
    }

    @Override
    public ExpoOrder bump(long orderId, StationRouting routing, String stationId, String actor) {
        routing.require(stationId);
        return db.write("bump station " + stationId + "'s part of order " + orderId, c -> {
            PgOrderRows.lock(c, orderId);
            ExpoOrder current = load(c, orderId, routing);
            Order order = current.order();
            requirePart(routing, order, stationId);
            PartState.check(order.ref(), stationId, current.stateOf(stationId), PartState.BUMPED);
            Instant now = clock.instant();
            PgSql.update(c, "UPDATE order_parts SET state = 'BUMPED', bumped_at = ? WHERE order_id = ? AND station_id = ?",
                    now, orderId, stationId);
            event(c, orderId, stationId, PartState.IN_PREPARATION, PartState.BUMPED, now, actor, null);
            PgPartTimes.record(c, order, stationId, routing.lineIndexes(order, stationId).stream()
                    .map(order.lines()::get).toList(), current.byStation().get(stationId).claimedAt(), now, clock.getZone(),
                    false);
            Map<String, PartState> states = new HashMap<>(current.states());
            states.put(stationId, PartState.BUMPED);
            if (order.status() == OrderStatus.IN_PREPARATION && routing.isReady(order, states)) {
                orders.apply(c, order, OrderStatus.READY, actor, "every station bumped");
            }
            return load(c, orderId, routing);
        });
    }

    @Override
    public ExpoOrder recall(long orderId, StationRouting routing, String stationId, String actor) {
        routing.require(stationId);
        return db.write("recall station " + stationId + "'s part of order " + orderId, c -> {
            PgOrderRows.lock(c, orderId);
            ExpoOrder current = load(c, orderId, routing);
            Order order = current.order();
            requirePart(routing, order, stationId);
            PartState.check(order.ref(), stationId, current.stateOf(stationId), PartState.IN_PREPARATION);
            if (order.status() == OrderStatus.READY) {
                orders.apply(c, order, OrderStatus.IN_PREPARATION, actor, "recalled by station " + stationId);
            } else if (order.status() != OrderStatus.IN_PREPARATION) {
                throw new IllegalStateException("Order " + order.ref() + " is " + order.status() + ": it cannot be recalled");
            }
            Instant now = clock.instant();
            int changed = PgSql.update(c, "UPDATE order_parts SET state = 'IN_PREPARATION', bumped_at = NULL "
                    + "WHERE order_id = ? AND station_id = ?", orderId, stationId);
            if (changed == 0) { // bumped whole by a station that does not split orders: the part gets its row now
                PgSql.update(c, "INSERT INTO order_parts (order_id, station_id, state, claimed_at) "
                        + "VALUES (?, ?, 'IN_PREPARATION', ?)", orderId, stationId, now);
            }
            event(c, orderId, stationId, PartState.BUMPED, PartState.IN_PREPARATION, now, actor, "recalled");
            return load(c, orderId, routing);
        });
    }

    @Override
    public List<ExpoOrder> tickets(StationRouting routing, String stationId) {
        routing.require(stationId);
        return db.read("read the tickets of station " + stationId, c -> tickets(c, routing, stationId));
    }

    @Override
    public List<ExpoOrder> expo(StationRouting routing) {
        return db.read("read the expo view", c -> withParts(c, routing, PgOrderRows.query(c,
                "WHERE +o.business_day_id = (SELECT max(id) FROM business_days) AND o.status IN "
                        + "('PAID','IN_PREPARATION','READY')" + " " + QUEUE_ORDER)));
    }

    @Override
    public List<PartEvent> partHistory(long orderId) {
        return db.read("read the part history of order " + orderId, c -> PgSql.list(c,
                "SELECT order_id, station_id, from_state, to_state, at, actor, reason FROM part_events "
                        + "WHERE order_id = ? ORDER BY id", rs -> new PartEvent(rs.getLong(1), rs.getString(2),
                        PartState.valueOf(rs.getString(3)), PartState.valueOf(rs.getString(4)), PgSql.time(rs, "at"),
                        rs.getString(6), rs.getString(7)), orderId));
    }

    @Override
    public Optional<ExpoOrder> find(long orderId, StationRouting routing) {
        return db.read("read order " + orderId, c -> PgOrderRows.find(c, orderId).isEmpty()
                ? Optional.empty() : Optional.of(load(c, orderId, routing)));
    }

    private static void requirePart(StationRouting routing, Order order, String stationId) {
        if (!routing.stationsOf(order).contains(stationId)) {
            throw new IllegalArgumentException("Order " + order.ref() + " has no part for station '" + stationId
                    + "' (its parts: " + routing.stationsOf(order) + ")");
        }
    }

    private static List<ExpoOrder> tickets(Connection c, StationRouting routing, String stationId) throws SQLException {
        List<ExpoOrder> open = withParts(c, routing, PgOrderRows.query(c,
                "WHERE o.status IN ('PAID','IN_PREPARATION') " + QUEUE_ORDER));
        List<ExpoOrder> mine = new ArrayList<>();
        for (ExpoOrder order : open) {
            if (routing.stationsOf(order.order()).contains(stationId) && order.stateOf(stationId) != PartState.BUMPED) {
                mine.add(order);
            }
        }
        return mine;
    }

    private static ExpoOrder load(Connection c, long orderId, StationRouting routing) throws SQLException {
        return withParts(c, routing, List.of(PgOrderRows.require(c, orderId))).get(0);
    }

    /** Each order with a part per station that makes any of its lines, stored or implied, and its urgent mark. */
    private static List<ExpoOrder> withParts(Connection c, StationRouting routing, List<Order> orders) throws SQLException {
        List<ExpoOrder> result = new ArrayList<>(orders.size());
        for (Order order : orders) {
            Map<String, OrderPart> stored = new HashMap<>();
            PgSql.list(c, "SELECT station_id, state, claimed_at, bumped_at FROM order_parts WHERE order_id = ?", rs -> {
                String station = rs.getString(1);
                stored.put(station, new OrderPart(order.id(), station, PartState.valueOf(rs.getString(2)),
                        routing.partTargetSeconds(order, station), PgSql.time(rs, "claimed_at"),
                        PgSql.time(rs, "bumped_at")));
                return null;
            }, order.id());
            List<OrderPart> parts = new ArrayList<>();
            for (String station : routing.stationsOf(order)) {
                parts.add(stored.getOrDefault(station, new OrderPart(order.id(), station, routing.impliedState(order),
                        routing.partTargetSeconds(order, station), null, null)));
            }
            // staff's urgent mark (OrderQueue.setUrgent): the latest flag row of the order, if it says urgent
            UrgentFlag urgent = PgSql.first(c, "SELECT urgent, reason, at, actor FROM order_flag_events WHERE order_id = ? "
                    + "ORDER BY id DESC LIMIT 1", rs -> rs.getInt(1) == 1
                    ? new UrgentFlag(order.id(), rs.getString(2), PgSql.time(rs, "at"), rs.getString(4)) : null,
                    order.id()).orElse(null);
            result.add(new ExpoOrder(order, parts, urgent));
        }
        return result;
    }

    private static void event(Connection c, long orderId, String stationId, PartState from, PartState to, Instant at,
                              String actor, String reason) throws SQLException {
        PgSql.update(c, "INSERT INTO part_events (order_id, station_id, from_state, to_state, at, actor, reason) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", orderId, stationId, from, to, at,
                Objects.requireNonNullElse(actor, "unknown"), reason);
    }
}
