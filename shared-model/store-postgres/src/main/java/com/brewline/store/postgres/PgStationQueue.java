package com.brewline.store.postgres;

import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.model.OrderStatus;
import com.brewline.store.StationQueue;
import com.brewline.store.jdbc.JdbcStationQueue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static com.brewline.store.postgres.PgStatements.SQL;

/**
 * Stations' parts of orders on PostgreSQL: the shared logic ({@link JdbcStationQueue}) in READ COMMITTED write
 * transactions (ADR 0004) that lock the order's row first ({@code SELECT ... FOR UPDATE}), so two stations'
 * processes never claim one part and the last bump sees every other part.
 */
final class PgStationQueue implements JdbcStationQueue.Engine {
    private final PgOrderQueue orders;

    private PgStationQueue(PgOrderQueue orders) {
        this.orders = orders;
    }

    static StationQueue open(PgDatabase db, PgOrderQueue orders, Clock clock) {
        return new JdbcStationQueue(db, SQL, PgOrderRows.shared(), new PgStationQueue(orders), clock);
    }

    @Override
    public void lockOrder(Connection c, long orderId) throws SQLException {
        PgOrderRows.lock(c, orderId);
    }

    @Override
    public void apply(Connection c, Order order, OrderStatus to, String actor, String reason) throws SQLException {
        orders.apply(c, order, to, actor, reason);
    }

    @Override
    public void recordPartTimes(Connection c, Order order, String stationId, List<OrderLine> lines, Instant claimedAt,
                                Instant bumpedAt, ZoneId zone) throws SQLException {
        PgPartTimes.record(c, order, stationId, lines, claimedAt, bumpedAt, zone, false);
    }
}
