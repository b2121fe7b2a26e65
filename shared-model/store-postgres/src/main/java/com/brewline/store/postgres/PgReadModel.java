package com.brewline.store.postgres;

import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.model.OrderStatusView;
import com.brewline.model.OrderTransitions;
import com.brewline.model.PickupBoard;
import com.brewline.store.ReadModel;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The customers' views of the current (latest) business day, from the orders and their history. */
final class PgReadModel implements ReadModel {
    private static final String CURRENT_DAY = "(SELECT max(id) FROM business_days)";
    private static final List<OrderStatus> ON_QUEUE =
            Arrays.stream(OrderStatus.values()).filter(OrderStatus::isOnBaristaQueue).toList();

    private final PgDatabase db;

    PgReadModel(PgDatabase db) {
        this.db = db;
    }

    @Override
    public PickupBoard pickupBoard() {
        return db.read("read the pickup board", c -> {
            List<Integer> preparing = PgSql.list(c, "SELECT pickup_number FROM orders WHERE business_day_id = "
                            + CURRENT_DAY + " AND status = ANY(?) ORDER BY paid_seq, id", rs -> rs.getInt(1),
                    PgOrderRows.statuses(c, ON_QUEUE));
            List<PickupBoard.ReadyNumber> ready = PgSql.list(c, "SELECT pickup_number, ready_at FROM orders "
                            + "WHERE business_day_id = " + CURRENT_DAY + " AND status = ? ORDER BY ready_at, id",
                    rs -> new PickupBoard.ReadyNumber(rs.getInt(1), PgSql.time(rs, "ready_at")), OrderStatus.READY);
            return new PickupBoard(preparing, ready);
        });
    }

    @Override
    public Optional<OrderStatusView> statusByPickupNumber(int pickupNumber) {
        if (pickupNumber <= 0) {
            return Optional.empty();
        }
        return db.read("look up pickup number " + pickupNumber, c -> {
            Optional<Order> found = PgOrderRows.query(c, "WHERE o.business_day_id = " + CURRENT_DAY
                    + " AND o.pickup_number = ? ORDER BY o.paid_seq DESC NULLS LAST, o.id DESC LIMIT 1", pickupNumber)
                    .stream().findFirst();
            if (found.isEmpty()) {
                return Optional.<OrderStatusView>empty();
            }
            Order order = found.get();
            int ahead = 0;
            if (order.status().isOnBaristaQueue()) {
                ahead = (int) PgSql.count(c, "SELECT count(*) FROM orders WHERE status = ANY(?) "
                                + "AND paid_seq < (SELECT paid_seq FROM orders WHERE id = ?)",
                        PgOrderRows.statuses(c, ON_QUEUE), order.id());
            }
            var updatedAt = PgSql.first(c, "SELECT max(at) FROM order_events WHERE order_id = ?",
                    rs -> PgSql.time(rs, "max"), order.id()).orElse(order.paidAt());
            return Optional.of(new OrderStatusView(order.id(), order.pickupNumber(), order.status(), order.total(),
                    order.paidAt(), updatedAt, ahead, OrderTransitions.isAllowed(order.status(), OrderStatus.CANCELLED)));
        });
    }
}
