package com.brewline.store.sqlite;

import com.brewline.testkit.TestClock;
import com.brewline.kitchen.ExpoOrder;
import com.brewline.kitchen.PartEvent;
import com.brewline.kitchen.PartState;
import com.brewline.kitchen.Station;
import com.brewline.kitchen.StationRouting;
import com.brewline.model.DiningOption;
import com.brewline.model.NewOrder;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.model.OrderStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The stations' contract: each claims and bumps its own part, the order is ready when all have. */
class StationQueueTest {
    static final StationRouting ROUTING = StationRouting.of(List.of(
            new Station("bar", "에스프레소 바", List.of("coffee")),
            new Station("cold", "콜드 바", List.of("ade-smoothie")),
            new Station("dessert", "디저트", List.of("dessert"))));

    @TempDir
    Path dir;
    TestClock clock;
    SqliteStore store;

    @BeforeEach
    void open() {
        clock = TestClock.seoulMorning();
        store = SqliteStore.open(dir.resolve("brewline.db"), clock);
        store.days().open(LocalDate.of(2026, 11, 23), "staff");
    }

    @AfterEach
    void close() {
        store.close();
    }

    static OrderLine line(String item, String category, int prepSeconds) {
        return new OrderLine(item, item, item, List.of(), 1, 4000, prepSeconds, category);
    }

    Order paid(OrderLine... lines) {
        Order pending = store.orders().createPending(new NewOrder("K1", DiningOption.TAKEOUT, List.of(lines)));
        clock.advance(Duration.ofSeconds(1));
        return store.orders().markPaid(pending.id(), "pay-" + pending.id(), pending.total(), "CARD", clock.instant(), "K1");
    }

    @Test
    void eachStationClaimsOnlyItsPartAndTheOrderIsReadyWhenEveryPartIsBumped() {
        Order order = paid(line("latte", "coffee", 90), line("lemon-ade", "ade-smoothie", 60),
                line("cake", "dessert", 30));
        assertEquals(List.of("bar", "cold", "dessert"), ROUTING.stationsOf(order));
        assertEquals(order.lines().get(0).categoryId(), "coffee", "the category is kept with the line");

        ExpoOrder atBar = store.stations().claimNext(ROUTING, "bar", "bar-1").orElseThrow();
        assertEquals(OrderStatus.IN_PREPARATION, atBar.order().status());
        assertEquals(Map.of("bar", PartState.IN_PREPARATION, "cold", PartState.WAITING, "dessert", PartState.WAITING),
                atBar.states());
        assertTrue(store.stations().claimNext(ROUTING, "bar", "bar-2").isEmpty(), "the bar's part is claimed once");

        store.stations().claimNext(ROUTING, "cold", "cold-1").orElseThrow();
        store.stations().bump(order.id(), ROUTING, "bar", "bar-1");
        ExpoOrder afterCold = store.stations().bump(order.id(), ROUTING, "cold", "cold-1");
        assertEquals(OrderStatus.IN_PREPARATION, afterCold.order().status(), "the dessert is not done yet");
        assertEquals(List.of(order.id()), store.stations().tickets(ROUTING, "dessert").stream()
                .map(t -> t.order().id()).toList());
        assertTrue(store.stations().tickets(ROUTING, "bar").isEmpty(), "the bar is done with it");

        store.stations().claimNext(ROUTING, "dessert", "dessert-1").orElseThrow();
        ExpoOrder done = store.stations().bump(order.id(), ROUTING, "dessert", "dessert-1");
        assertEquals(OrderStatus.READY, done.order().status());
        assertEquals("every station bumped", store.orders().history(order.id()).get(3).reason());
        List<PartEvent> parts = store.stations().partHistory(order.id());
        assertEquals(6, parts.size());
        assertEquals(new PartEvent(order.id(), "bar", PartState.WAITING, PartState.IN_PREPARATION,
                parts.get(0).at(), "bar-1", "claimed"), parts.get(0));
    }

    @Test
    void anOrderWithoutAStationsItemsNeverReachesIt() {
        Order coffeeOnly = paid(line("americano", "coffee", 60));
        assertTrue(store.stations().tickets(ROUTING, "cold").isEmpty());
        assertTrue(store.stations().claimNext(ROUTING, "cold", "cold-1").isEmpty());
        store.stations().claimNext(ROUTING, "bar", "bar-1").orElseThrow();
        assertEquals(OrderStatus.READY, store.stations().bump(coffeeOnly.id(), ROUTING, "bar", "bar-1").order().status());
        assertThrows(IllegalArgumentException.class, () -> store.stations().bump(coffeeOnly.id(), ROUTING, "cold", "c"));
    }

    @Test
    void anUnlistedCategoryGoesToTheFirstStation() {
        Order tea = paid(line("green-tea", "tea", 60), line("no-category", null, 30));
        assertEquals(List.of("bar"), ROUTING.stationsOf(tea));
        assertEquals(tea.id(), store.stations().claimNext(ROUTING, "bar", "bar-1").orElseThrow().order().id());
    }

    @Test
    void eachStationWorksFirstInFirstOutByPaidOrder() {
        Order first = paid(line("latte", "coffee", 90));
        Order second = paid(line("lemon-ade", "ade-smoothie", 60), line("latte", "coffee", 90));
        Order third = paid(line("lemon-ade", "ade-smoothie", 60));
        assertEquals(second.id(), store.stations().claimNext(ROUTING, "cold", "c").orElseThrow().order().id());
        assertEquals(first.id(), store.stations().claimNext(ROUTING, "bar", "b").orElseThrow().order().id());
        assertEquals(second.id(), store.stations().claimNext(ROUTING, "bar", "b").orElseThrow().order().id());
        assertEquals(third.id(), store.stations().claimNext(ROUTING, "cold", "c").orElseThrow().order().id());
    }

    @Test
    void aTappedTicketIsClaimedOutOfTurnOnceAndOnlyAtItsStation() {
        Order first = paid(line("latte", "coffee", 90));
        Order second = paid(line("americano", "coffee", 60), line("cake", "dessert", 30));
        ExpoOrder tapped = store.stations().claim(second.id(), ROUTING, "bar", "bar-1");
        assertEquals(PartState.IN_PREPARATION, tapped.stateOf("bar"));
        assertEquals(OrderStatus.IN_PREPARATION, tapped.order().status());
        assertThrows(IllegalStateException.class, () -> store.stations().claim(second.id(), ROUTING, "bar", "bar-2"));
        assertThrows(IllegalArgumentException.class, () -> store.stations().claim(first.id(), ROUTING, "dessert", "d"));
        assertEquals(first.id(), store.stations().claimNext(ROUTING, "bar", "bar-1").orElseThrow().order().id());
    }

    @Test
    void aBumpWithoutAClaimIsRefusedAndChangesNothing() {
        Order order = paid(line("latte", "coffee", 90));
        assertThrows(IllegalStateException.class, () -> store.stations().bump(order.id(), ROUTING, "bar", "b"));
        assertEquals(OrderStatus.PAID, store.orders().find(order.id()).orElseThrow().status());
        assertTrue(store.stations().partHistory(order.id()).isEmpty());
    }

    @Test
    void aRecalledPartTakesTheReadyOrderBack() {
        Order order = paid(line("latte", "coffee", 90), line("cake", "dessert", 30));
        store.stations().claimNext(ROUTING, "bar", "b");
        store.stations().claimNext(ROUTING, "dessert", "d");
        store.stations().bump(order.id(), ROUTING, "bar", "b");
        assertEquals(OrderStatus.READY, store.stations().bump(order.id(), ROUTING, "dessert", "d").order().status());

        ExpoOrder recalled = store.stations().recall(order.id(), ROUTING, "dessert", "d");
        assertEquals(OrderStatus.IN_PREPARATION, recalled.order().status());
        assertEquals(PartState.IN_PREPARATION, recalled.stateOf("dessert"));
        assertEquals(PartState.BUMPED, recalled.stateOf("bar"));
        assertEquals(OrderStatus.READY, store.stations().bump(order.id(), ROUTING, "dessert", "d").order().status());
    }

    @Test
    void theExpoShowsWholeOrdersWithEachPart() {
        Order a = paid(line("latte", "coffee", 90), line("cake", "dessert", 30));
        Order b = paid(line("lemon-ade", "ade-smoothie", 60));
        store.stations().claimNext(ROUTING, "bar", "b");
        store.stations().bump(a.id(), ROUTING, "bar", "b");

        List<ExpoOrder> expo = store.stations().expo(ROUTING);
        assertEquals(List.of(a.id(), b.id()), expo.stream().map(e -> e.order().id()).toList());
        assertEquals(Map.of("bar", PartState.BUMPED, "dessert", PartState.WAITING), expo.get(0).states());
        assertEquals(90, expo.get(0).byStation().get("bar").targetSeconds());
        assertEquals(Map.of("cold", PartState.WAITING), expo.get(1).states());
    }

    @Test
    void oneStationConfiguredWorksAsTheSingleQueueAndSeesTheOldPathsChanges() {
        StationRouting single = StationRouting.single();
        Order order = paid(line("latte", "coffee", 90), line("cake", "dessert", 30));
        Order claimedTheOldWay = store.orders().claimOldestPaid("station-1").orElseThrow();
        assertEquals(order.id(), claimedTheOldWay.id());
        ExpoOrder seen = store.stations().expo(single).get(0);
        assertEquals(Map.of(StationRouting.SINGLE_STATION_ID, PartState.IN_PREPARATION), seen.states());
        store.orders().transition(order.id(), OrderStatus.READY, "station-1", null);
        assertEquals(PartState.BUMPED, store.stations().expo(single).get(0).stateOf(StationRouting.SINGLE_STATION_ID));
    }

    @Test
    void anUrgentOrderGoesToTheFrontOfEveryStationsClaimsAndTheExpoSaysWhy() {
        Order first = paid(line("latte", "coffee", 90));
        Order urgent = paid(line("americano", "coffee", 60), line("cake", "dessert", 30));
        store.orders().setUrgent(urgent.id(), "손님이 기차를 타야 해요", "staff");
        ExpoOrder seen = store.stations().find(urgent.id(), ROUTING).orElseThrow();
        assertEquals("손님이 기차를 타야 해요", seen.urgent().reason());
        assertEquals(urgent.id(), store.stations().expo(ROUTING).get(0).order().id());
        assertEquals(urgent.id(), store.stations().tickets(ROUTING, "bar").get(0).order().id());
        assertEquals(urgent.id(), store.stations().claimNext(ROUTING, "bar", "b").orElseThrow().order().id());
        assertEquals(first.id(), store.stations().claimNext(ROUTING, "bar", "b").orElseThrow().order().id());
        assertNull(store.stations().find(first.id(), ROUTING).orElseThrow().urgent());
    }
}
