package com.brewline.store.jdbc;

import com.brewline.model.OrderStatus;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which statuses a query means comes from the domain ({@link OrderStatus#isOnBaristaQueue()}, ...), never from
 * names typed into SQL: this writes the domain's answer as an SQL list, e.g. {@code ('PAID','IN_PREPARATION')}.
 * A literal list rather than bound parameters, so SQLite plans each statement once with its indexes.
 */
public final class Statuses {
    public static final String ON_BARISTA_QUEUE = in(OrderStatus::isOnBaristaQueue);
    public static final String OPEN = in(OrderStatus::isOpen);

    private Statuses() {
    }

    public static String in(Predicate<OrderStatus> which) {
        return Arrays.stream(OrderStatus.values()).filter(which).map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(",", "(", ")"));
    }
}
