package com.brewline.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static com.brewline.model.OrderStatus.*;

/**
 * The order's life from PRODUCT.md, in one place. Every status change in every store
 * goes through {@link #check}; the store records the change with its time, actor and reason.
 */
public final class OrderTransitions {
    private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED = new EnumMap<>(OrderStatus.class);

    static {
        ALLOWED.put(PENDING_PAYMENT, EnumSet.of(PAID, PAYMENT_FAILED));
        ALLOWED.put(PAID, EnumSet.of(IN_PREPARATION, CANCELLED, REJECTED));
        ALLOWED.put(IN_PREPARATION, EnumSet.of(READY, REJECTED));
        // READY -> IN_PREPARATION is the barista's recall of a ticket bumped by mistake.
        ALLOWED.put(READY, EnumSet.of(PICKED_UP, IN_PREPARATION));
        ALLOWED.put(PICKED_UP, EnumSet.noneOf(OrderStatus.class));
        ALLOWED.put(CANCELLED, EnumSet.noneOf(OrderStatus.class));
        ALLOWED.put(REJECTED, EnumSet.noneOf(OrderStatus.class));
        ALLOWED.put(PAYMENT_FAILED, EnumSet.noneOf(OrderStatus.class));
    }

    private OrderTransitions() {
    }

    public static boolean isAllowed(OrderStatus from, OrderStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    public static Set<OrderStatus> allowedFrom(OrderStatus from) {
        return Collections.unmodifiableSet(ALLOWED.get(from));
    }

    /** @throws IllegalTransitionException when the order's life does not allow the change */
    public static void check(String orderRef, OrderStatus from, OrderStatus to) {
        if (!isAllowed(from, to)) {
            throw new IllegalTransitionException(orderRef, from, to);
        }
    }
}
