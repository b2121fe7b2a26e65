package com.brewline.cli;

import com.brewline.model.DiningOption;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.model.OrderStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class FifoCheckTest {
    private static Order order(long id, long paidSecond, long startedSecond) {
        OrderLine line = new OrderLine("americano", "아메리카노", "Americano", List.of(), 1, 4500, 60);
        return new Order(id, "P" + id, 1, (int) id, OrderStatus.PICKED_UP, DiningOption.TAKEOUT, "K1", List.of(line), 4500,
                Instant.ofEpochSecond(0), Instant.ofEpochSecond(paidSecond), Instant.ofEpochSecond(startedSecond),
                null, null, List.of(false));
    }

    @Test
    void startedInPaidOrderPasses() {
        assertEquals(List.of(), SimulateCommand.checkFifo(List.of(order(2, 20, 31), order(1, 10, 30), order(3, 20, 31))));
    }

    @Test
    void aLaterPaidOrderStartedFirstIsReported() {
        List<String> problems = SimulateCommand.checkFifo(List.of(order(1, 10, 40), order(2, 20, 30)));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("not first-in first-out: order #2"), problems.toString());
    }

    @Test
    void twoPaymentsCommittedWithinTheJitterAreNotJudgedByTheirWallClock() {
        Order first = new Order(1, "P1", 1, 1, OrderStatus.PICKED_UP, DiningOption.TAKEOUT, "K1",
                List.of(new OrderLine("americano", "아메리카노", "Americano", List.of(), 1, 4500, 60)), 4500,
                Instant.ofEpochSecond(0), Instant.ofEpochMilli(10_000), Instant.ofEpochSecond(41), null, null, List.of(false));
        Order second = new Order(2, "P2", 1, 2, OrderStatus.PICKED_UP, DiningOption.TAKEOUT, "K2",
                List.of(new OrderLine("americano", "아메리카노", "Americano", List.of(), 1, 4500, 60)), 4500,
                Instant.ofEpochSecond(0), Instant.ofEpochMilli(10_020), Instant.ofEpochSecond(40), null, null, List.of(false));
        assertEquals(List.of(), SimulateCommand.checkFifo(List.of(first, second)),
                "20 ms apart: the commit sequence, not these times, decided which came first");
    }
}
