package com.brewline.store.jdbc;

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
 * Stations' parts of orders, one logic for both engines. Every change is one write transaction of the engine's kind
 * that first makes the order its own the engine's way ({@link JdbcOrderQueue#lockOrder}: PostgreSQL locks the
 * order's row, SQLite's BEGIN IMMEDIATE already holds the write lock), then re-reads the order and its parts, asks the domain
 * ({@link PartState}, {@link StationRouting}) whether the move is allowed and whether the order is now ready, and
 * writes the part, its event and any order change together: two stations' processes never claim one part, and the
 * last bump sees every other part.
 */
public final class JdbcStationQueue implements StationQueue {
    /** Urgent orders first, then first-in first-out by the paid commit sequence, as the order queue's own claims. */
    static final String QUEUE_ORDER = "ORDER BY coalesce((SELECT g.urgent FROM order_flag_events g "
            + "WHERE g.order_id = o.id ORDER BY g.id DESC LIMIT 1), 0) DESC, o.paid_seq, o.id";

    private static final String PARTS = "SELECT order_id, station_id, state, claimed_at, bumped_at FROM order_parts WHERE ";
    private static final String PARTS_OF_ONE = PARTS + "order_id = ?";
    private static final String FLAGS = "SELECT f.order_id, f.urgent, f.reason, f.at, f.actor FROM order_flag_events f ";
    private static final String LATEST_FLAG_OF_ONE = FLAGS + "WHERE f.order_id = ? ORDER BY f.id DESC LIMIT 1";

    private final Transactions db;
    private final Statements sql;
    private final OrderRows orders;
    private final JdbcOrderQueue engine;
    private final Clock clock;
    private final String partsOfOrders;
    private final String latestFlagsOfOrders;

    /** @param engine the engine's order queue: its lock of an order and its status changes */
    public JdbcStationQueue(Transactions db, Statements sql, OrderRows orders, JdbcOrderQueue engine, Clock clock) {
        this.db = db;
        this.sql = sql;
        this.orders = orders;
        this.engine = engine;
        this.clock = clock;
        this.partsOfOrders = PARTS + sql.isAnyOf("order_id");
        // staff's urgent mark (OrderQueue.setUrgent): the latest flag row of each order (index order_id, id)
        this.latestFlagsOfOrders = FLAGS + "WHERE f.id IN (SELECT max(g.id) FROM order_flag_events g WHERE "
                + sql.isAnyOf("g.order_id") + " GROUP BY g.order_id)";
    }

    @Override
    public Optional<ExpoOrder> claimNext(StationRouting routing, String stationId, String actor) {
        routing.require(stationId);
        return db.write("claim the next order for station " + stationId, c -> {
            for (ExpoOrder ticket : tickets(c, routing, stationId)) {
                if (ticket.stateOf(stationId) == PartState.WAITING) {
                    engine.lockOrder(c, ticket.order().id()); // then read again: another process may have claimed it
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
            ExpoOrder current = lockAndLoad(c, orderId, routing, stationId);
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
        sql.update(c, "INSERT INTO order_parts (order_id, station_id, state, claimed_at) "
                + "VALUES (?, ?, 'IN_PREPARATION', ?)", order.id(), stationId, now);
        event(c, order.id(), stationId, PartState.WAITING, PartState.IN_PREPARATION, now, actor, "claimed");
        if (order.status() == OrderStatus.PAID) {
            engine.apply(c, order, OrderStatus.IN_PREPARATION, actor, "claimed by station " + stationId);
        }
        return load(c, order.id(), routing);
    }

    @Override
    public ExpoOrder bump(long orderId, StationRouting routing, String stationId, String actor) {
        routing.require(stationId);
        return db.write("bump station " + stationId + "'s part of order " + orderId, c -> {
            ExpoOrder current = lockAndLoad(c, orderId, routing, stationId);
            Order order = current.order();
            PartState.check(order.ref(), stationId, current.stateOf(stationId), PartState.BUMPED);
            Instant now = clock.instant();
            sql.update(c, "UPDATE order_parts SET state = 'BUMPED', bumped_at = ? WHERE order_id = ? AND station_id = ?",
                    now, orderId, stationId);
            event(c, orderId, stationId, PartState.IN_PREPARATION, PartState.BUMPED, now, actor, null);
            Instant claimedAt = current.byStation().get(stationId).claimedAt();
            if (claimedAt != null) { // a part in preparation with no row of its own has no start to time from
                PrepTimes.recordPart(sql, c, order, stationId, routing.lineIndexes(order, stationId).stream()
                        .map(order.lines()::get).toList(), claimedAt, now, clock.getZone());
            }
            Map<String, PartState> states = new HashMap<>(current.states());
            states.put(stationId, PartState.BUMPED);
            if (order.status() == OrderStatus.IN_PREPARATION && routing.isReady(order, states)) {
                engine.apply(c, order, OrderStatus.READY, actor, "every station bumped");
            }
            return load(c, orderId, routing);
        });
    }

    @Override
    public ExpoOrder recall(long orderId, StationRouting routing, String stationId, String actor) {
        routing.require(stationId);
        return db.write("recall station " + stationId + "'s part of order " + orderId, c -> {
            ExpoOrder current = lockAndLoad(c, orderId, routing, stationId);
            Order order = current.order();
            PartState.check(order.ref(), stationId, current.stateOf(stationId), PartState.IN_PREPARATION);
            if (order.status() == OrderStatus.READY) {
                engine.apply(c, order, OrderStatus.IN_PREPARATION, actor, "recalled by station " + stationId);
            } else if (order.status() != OrderStatus.IN_PREPARATION) {
                throw new IllegalStateException("Order " + order.ref() + " is " + order.status() + ": it cannot be recalled");
            }
            Instant now = clock.instant();
            int changed = sql.update(c, "UPDATE order_parts SET state = 'IN_PREPARATION', bumped_at = NULL "
                    + "WHERE order_id = ? AND station_id = ?", orderId, stationId);
            if (changed == 0) { // bumped whole by a station that does not split orders: the part gets its row now
                sql.update(c, "INSERT INTO order_parts (order_id, station_id, state, claimed_at) "
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
        // "+": found through the open statuses, not by walking the whole day's orders
        return db.read("read the expo view", c -> withParts(c, routing, orders.query(c,
                "WHERE +o.business_day_id = (SELECT max(id) FROM business_days) AND o.status IN " + Statuses.OPEN
                        + " " + QUEUE_ORDER)));
    }

    @Override
    public List<PartEvent> partHistory(long orderId) {
        return db.read("read the part history of order " + orderId, c -> sql.list(c,
                "SELECT order_id, station_id, from_state, to_state, at, actor, reason FROM part_events "
                        + "WHERE order_id = ? ORDER BY id", rs -> new PartEvent(rs.getLong(1), rs.getString(2),
                        PartState.valueOf(rs.getString(3)), PartState.valueOf(rs.getString(4)),
                        Statements.time(rs, "at"), rs.getString(6), rs.getString(7)), orderId));
    }

    @Override
    public Optional<ExpoOrder> find(long orderId, StationRouting routing) {
        return db.read("read order " + orderId, c -> orders.find(c, orderId).isEmpty()
                ? Optional.empty() : Optional.of(load(c, orderId, routing)));
    }

    /** The order made this transaction's own, as it is now; refused when it has no part for the station. */
    private ExpoOrder lockAndLoad(Connection c, long orderId, StationRouting routing, String stationId)
            throws SQLException {
        engine.lockOrder(c, orderId);
        ExpoOrder current = load(c, orderId, routing);
        Order order = current.order();
        if (!routing.stationsOf(order).contains(stationId)) {
            throw new IllegalArgumentException("Order " + order.ref() + " has no part for station '" + stationId
                    + "' (its parts: " + routing.stationsOf(order) + ")");
        }
        return current;
    }

    private List<ExpoOrder> tickets(Connection c, StationRouting routing, String stationId) throws SQLException {
        List<ExpoOrder> open = withParts(c, routing, orders.query(c,
                "WHERE o.status IN " + Statuses.ON_BARISTA_QUEUE + " " + QUEUE_ORDER));
        List<ExpoOrder> mine = new ArrayList<>();
        for (ExpoOrder order : open) {
            if (routing.stationsOf(order.order()).contains(stationId) && order.stateOf(stationId) != PartState.BUMPED) {
                mine.add(order);
            }
        }
        return mine;
    }

    private ExpoOrder load(Connection c, long orderId, StationRouting routing) throws SQLException {
        return withParts(c, routing, List.of(orders.require(c, orderId))).get(0);
    }

    /**
     * Each order with a part per station that makes any of its lines, stored or implied, and its urgent mark: the
     * stored parts of all the orders in one query and their latest flags in one more, whatever their number.
     */
    private List<ExpoOrder> withParts(Connection c, StationRouting routing, List<Order> list) throws SQLException {
        if (list.isEmpty()) {
            return List.of();
        }
        // one order (a claim, a bump): its key, no list to build
        Object ids = list.size() == 1 ? list.get(0).id() : sql.ids(c, list.stream().map(Order::id).toList());
        Map<Long, Map<String, StoredPart>> stored = new HashMap<>();
        sql.list(c, list.size() == 1 ? PARTS_OF_ONE : partsOfOrders, rs -> stored.computeIfAbsent(
                rs.getLong("order_id"), k -> new HashMap<>()).put(rs.getString("station_id"), new StoredPart(
                PartState.valueOf(rs.getString("state")), Statements.time(rs, "claimed_at"),
                Statements.time(rs, "bumped_at"))), ids);
        Map<Long, UrgentFlag> urgent = new HashMap<>();
        sql.list(c, list.size() == 1 ? LATEST_FLAG_OF_ONE : latestFlagsOfOrders, rs -> rs.getInt("urgent") == 1
                ? urgent.put(rs.getLong("order_id"), new UrgentFlag(rs.getLong("order_id"), rs.getString("reason"),
                Statements.time(rs, "at"), rs.getString("actor"))) : null, ids);
        List<ExpoOrder> result = new ArrayList<>(list.size());
        for (Order order : list) {
            Map<String, StoredPart> mine = stored.getOrDefault(order.id(), Map.of());
            List<OrderPart> parts = new ArrayList<>();
            for (String station : routing.stationsOf(order)) {
                StoredPart part = mine.get(station);
                int target = routing.partTargetSeconds(order, station);
                parts.add(part == null
                        ? new OrderPart(order.id(), station, routing.impliedState(order), target, null, null)
                        : new OrderPart(order.id(), station, part.state(), target, part.claimedAt(), part.bumpedAt()));
            }
            result.add(new ExpoOrder(order, parts, urgent.get(order.id())));
        }
        return result;
    }

    private record StoredPart(PartState state, Instant claimedAt, Instant bumpedAt) {
    }

    private void event(Connection c, long orderId, String stationId, PartState from, PartState to, Instant at,
                       String actor, String reason) throws SQLException {
        sql.update(c, "INSERT INTO part_events (order_id, station_id, from_state, to_state, at, actor, reason) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", orderId, stationId, from, to, at,
                Objects.requireNonNullElse(actor, "unknown"), reason);
    }
}
