package com.brewline.store.jdbc;

import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.model.OrderStatusView;
import com.brewline.model.OrderTransitions;
import com.brewline.model.PickupBoard;
import com.brewline.store.ReadModel;

import java.util.List;
import java.util.Optional;

/** The customers' views of the current (latest) business day, from the orders and their history; both engines. */
public final class JdbcReadModel implements ReadModel {
    private static final String CURRENT_DAY = "(SELECT max(id) FROM business_days)";

    private final Transactions db;
    private final Statements sql;
    private final OrderRows orders;
    private final String notByDay;

    /**
     * @param notByDay put before the day column where open orders are read by status: SQLite's {@code "+"} (a unary
     *                 plus) keeps its planner from walking the whole day's orders, so it reads only the open ones by
     *                 status; PostgreSQL's planner needs no such hint ({@code ""})
     */
    public JdbcReadModel(Transactions db, Statements sql, OrderRows orders, String notByDay) {
        this.db = db;
        this.sql = sql;
        this.orders = orders;
        this.notByDay = notByDay;
    }

    @Override
    public PickupBoard pickupBoard() {
        return db.read("read the pickup board", c -> {
            List<Integer> preparing = sql.list(c, "SELECT pickup_number FROM orders WHERE " + notByDay + "business_day_id = "
                    + CURRENT_DAY + " AND status IN " + Statuses.ON_BARISTA_QUEUE + " ORDER BY paid_seq, id",
                    rs -> rs.getInt(1));
            List<PickupBoard.ReadyNumber> ready = sql.list(c, "SELECT pickup_number, ready_at FROM orders "
                            + "WHERE " + notByDay + "business_day_id = " + CURRENT_DAY + " AND status = ? ORDER BY ready_at, id",
                    rs -> new PickupBoard.ReadyNumber(rs.getInt(1), Statements.time(rs, "ready_at")), OrderStatus.READY);
            return new PickupBoard(preparing, ready);
        });
    }

    @Override
    public Optional<OrderStatusView> statusByPickupNumber(int pickupNumber) {
        if (pickupNumber <= 0) {
            return Optional.empty();
        }
        return db.read("look up pickup number " + pickupNumber, c -> {
            // the latest order holding the number; one never paid (no paid_seq) comes last on both engines
            Optional<Order> found = orders.query(c, "WHERE o.business_day_id = " + CURRENT_DAY
                    + " AND o.pickup_number = ? ORDER BY o.paid_seq DESC NULLS LAST, o.id DESC LIMIT 1", pickupNumber)
                    .stream().findFirst();
            if (found.isEmpty()) {
                return Optional.<OrderStatusView>empty();
            }
            Order order = found.get();
            int ahead = 0;
            if (order.status().isOnBaristaQueue()) {
                // ahead in the queue's own order: the commit sequence, never the wall clock
                ahead = (int) sql.count(c, "SELECT count(*) FROM orders WHERE status IN " + Statuses.ON_BARISTA_QUEUE
                        + " AND paid_seq < (SELECT paid_seq FROM orders WHERE id = ?)", order.id());
            }
            var updatedAt = sql.first(c, "SELECT max(at) AS updated_at FROM order_events WHERE order_id = ?",
                    rs -> Statements.time(rs, "updated_at"), order.id()).orElse(order.paidAt());
            return Optional.of(new OrderStatusView(order.id(), order.pickupNumber(), order.status(), order.total(),
                    // who may cancel is the order's life, not this store's: a customer cancels what may still become CANCELLED
                    order.paidAt(), updatedAt, ahead, OrderTransitions.isAllowed(order.status(), OrderStatus.CANCELLED)));
        });
    }
}
