package com.brewline.kitchen;

import com.brewline.model.DiningOption;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.model.OrderStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class StationRoutingTest {
    public static final StationRouting ROUTING = StationRouting.of(List.of(
            new Station("bar", "Espresso bar", List.of("coffee")),
            new Station("cold", "Cold bar", List.of("ade-smoothie"))));

    static Order order(OrderStatus status, OrderLine... lines) {
        return new Order(1, "BL-1", 1, 1, status, DiningOption.TAKEOUT, "K1", List.of(lines), 1000, null, null, null,
                null, null, List.of());
    }

    public static OrderLine line(String category, int prep, int quantity) {
        return new OrderLine("x", "x", "x", List.of(), quantity, 1000, prep, category);
    }

    @Test
    void linesGoToTheirCategorysStationAndTheRestToTheFirst() {
        Order o = order(OrderStatus.PAID, line("ade-smoothie", 60, 2), line("tea", 30, 1), line(null, 10, 1));
        assertEquals(List.of("bar", "cold"), ROUTING.stationsOf(o));
        assertEquals(List.of(1, 2), ROUTING.lineIndexes(o, "bar"));
        assertEquals(120, ROUTING.partTargetSeconds(o, "cold"));
        assertEquals(40, ROUTING.partTargetSeconds(o, "bar"));
    }

    @Test
    void anOrderIsReadyOnlyWhenEveryStationWithAPartBumpedIt() {
        Order o = order(OrderStatus.IN_PREPARATION, line("coffee", 60, 1), line("ade-smoothie", 60, 1));
        assertFalse(ROUTING.isReady(o, Map.of("bar", PartState.BUMPED)));
        assertFalse(ROUTING.isReady(o, Map.of("bar", PartState.BUMPED, "cold", PartState.IN_PREPARATION)));
        assertTrue(ROUTING.isReady(o, Map.of("bar", PartState.BUMPED, "cold", PartState.BUMPED)));
        Order coffee = order(OrderStatus.IN_PREPARATION, line("coffee", 60, 1));
        assertTrue(ROUTING.isReady(coffee, Map.of("bar", PartState.BUMPED)), "the cold bar has no part in it");
    }

    @Test
    void noStationsConfiguredIsOneStationForEverything() {
        StationRouting single = StationRouting.of(List.of());
        assertTrue(single.isSingle());
        assertEquals(List.of(StationRouting.SINGLE_STATION_ID),
                single.stationsOf(order(OrderStatus.PAID, line("dessert", 30, 1), line("coffee", 30, 1))));
        assertEquals(PartState.IN_PREPARATION, single.impliedState(order(OrderStatus.IN_PREPARATION, line("x", 1, 1))));
        assertEquals(PartState.WAITING, ROUTING.impliedState(order(OrderStatus.IN_PREPARATION, line("x", 1, 1))));
    }

    @Test
    void aCategoryGivenToTwoStationsOrATwiceUsedIdIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StationRouting.of(List.of(
                new Station("a", "A", List.of("coffee")), new Station("b", "B", List.of("coffee")))));
        assertThrows(IllegalArgumentException.class, () -> StationRouting.of(List.of(
                new Station("a", "A", List.of()), new Station("a", "B", List.of()))));
    }

    @Test
    void partsMoveClaimedThenBumpedAndBackOnRecallOnly() {
        assertTrue(PartState.WAITING.canMoveTo(PartState.IN_PREPARATION));
        assertFalse(PartState.WAITING.canMoveTo(PartState.BUMPED));
        assertTrue(PartState.BUMPED.canMoveTo(PartState.IN_PREPARATION));
        assertThrows(IllegalStateException.class, () -> PartState.check("#1", "bar", PartState.BUMPED, PartState.BUMPED));
    }
}
