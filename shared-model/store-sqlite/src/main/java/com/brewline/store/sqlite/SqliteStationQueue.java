package com.brewline.store.sqlite;

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

import static com.brewline.store.sqlite.SqliteStatements.SQL;

/**
 * Stations' parts of orders on SQLite: the shared logic ({@link JdbcStationQueue}) in SQLite's transactions. Every
 * change is one BEGIN IMMEDIATE transaction, which holds the database's write lock before it reads anything, so no
 * row lock is needed: another process's claim or bump of the same order waits for this one's commit.
 */
final class SqliteStationQueue implements JdbcStationQueue.Engine {
    private final SqliteOrderQueue orders;

    private SqliteStationQueue(SqliteOrderQueue orders) {
        this.orders = orders;
    }

    static StationQueue open(SqliteDatabase db, SqliteOrderQueue orders, Clock clock) {
        return new JdbcStationQueue(db, SQL, OrderRows.shared(), new SqliteStationQueue(orders), clock);
    }

    @Override
    public void lockOrder(Connection c, long orderId) {
        // nothing more to lock: BEGIN IMMEDIATE took the write lock of the whole database
    }

    @Override
    public void apply(Connection c, Order order, OrderStatus to, String actor, String reason) throws SQLException {
        orders.apply(c, order, to, actor, reason);
    }

    @Override
    public void recordPartTimes(Connection c, Order order, String stationId, List<OrderLine> lines, Instant claimedAt,
                                Instant bumpedAt, ZoneId zone) throws SQLException {
        PrepTimeRecorder.recordPart(c, order, stationId, lines, claimedAt, bumpedAt, zone);
    }
}
