package com.brewline.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WaitEstimateTest {
    private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");

    private static OrderLine line(int prepSeconds, int quantity) {
        return new OrderLine("americano", "아메리카노", "Americano", List.of(), quantity, 4500, prepSeconds);
    }

    private static Order order(OrderStatus status, int prepSeconds, Instant startedAt) {
        return new Order(1, "BL-x", 1, 1, status, DiningOption.TAKEOUT, "kiosk-1", List.of(line(prepSeconds, 1)),
                4500, NOW, NOW, startedAt, null, null, List.of(false));
    }

    @Test
    void anEmptyQueueIsTheOrdersOwnTime() {
        WaitEstimate e = WaitEstimate.forNewOrder(List.of(), List.of(line(60, 2)), 1, NOW);
        assertEquals(0, e.ordersAhead());
        assertEquals(Duration.ofSeconds(120), e.waitTime());
        assertEquals(2, e.minutes());
    }

    @Test
    void paidOrdersCountWholeAndOrdersBeingMadeWhatIsLeftSharedByTheBaristas() {
        List<Order> open = List.of(order(OrderStatus.PAID, 180, null),
                order(OrderStatus.IN_PREPARATION, 120, NOW.minusSeconds(90)),
                order(OrderStatus.READY, 600, NOW.minusSeconds(600)));
        WaitEstimate one = WaitEstimate.forNewOrder(open, List.of(line(60, 1)), 1, NOW);
        assertEquals(2, one.ordersAhead(), "ready orders are not ahead");
        assertEquals(Duration.ofSeconds(180 + 30 + 60), one.waitTime());
        WaitEstimate two = WaitEstimate.forNewOrder(open, List.of(line(60, 1)), 2, NOW);
        assertEquals(Duration.ofSeconds(105 + 60), two.waitTime());
    }

    @Test
    void aClockThatJumpedNeverMakesTheWaitShorterThanNothingOrLonger() {
        // started "in the future" (the clock went back): nothing made yet, the whole target is left
        WaitEstimate back = WaitEstimate.forNewOrder(List.of(order(OrderStatus.IN_PREPARATION, 120, NOW.plusSeconds(3600))),
                List.of(), 1, NOW);
        assertEquals(Duration.ofSeconds(120), back.waitTime());
        // started long ago (late): nothing left, never negative
        WaitEstimate late = WaitEstimate.forNewOrder(List.of(order(OrderStatus.IN_PREPARATION, 120, NOW.minusSeconds(3600))),
                List.of(), 1, NOW);
        assertEquals(Duration.ZERO, late.waitTime());
        assertEquals(1, late.minutes(), "the screen never says 0 minutes");
    }
}
