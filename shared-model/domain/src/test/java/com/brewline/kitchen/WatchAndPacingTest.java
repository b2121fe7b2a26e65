package com.brewline.kitchen;

import com.brewline.model.DiningOption;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.model.OrderStatus;
import com.brewline.ordering.WaitEstimator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Heartbeat silence, the kiosk's stop rule, the wait estimate and pacing: the domain's decisions. */
class WatchAndPacingTest {
    static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    static final Duration LIMIT = Duration.ofSeconds(60);
    static final StationRouting ROUTING = StationRoutingTest.ROUTING;

    static Heartbeat station(String name, String stationId, int secondsAgo) {
        return new Heartbeat(ProcessKind.STATION, name, stationId, NOW.minusSeconds(secondsAgo), null, null, null);
    }

    @Test
    void aProcessIsSilentAfterTheLimitAndABeatFromTheFutureIsNow() {
        assertFalse(station("s", "bar", 60).isSilent(NOW, LIMIT));
        assertTrue(station("s", "bar", 61).isSilent(NOW, LIMIT));
        assertEquals(Duration.ZERO, station("s", "bar", -30).age(NOW));
    }

    @Test
    void theKioskWarnsOnlyWhenEveryStationIsSilentAndStopsOnlyIfSetTo() {
        StationWatch oneAlive = StationWatch.of(List.of(station("bar-1", "bar", 70), station("cold-1", "cold", 5),
                new Heartbeat(ProcessKind.KIOSK, "kiosk-1", null, NOW, null, true, NOW)), ROUTING, NOW, LIMIT);
        assertEquals(List.of("bar"), oneAlive.silentStations());
        assertFalse(oneAlive.everyStationSilent());
        assertEquals(1, oneAlive.alive(ProcessKind.KIOSK).size());
        KioskAdvice open = KioskAdvice.decide(oneAlive, Duration.ZERO, 0, Pacing.off(), true);
        assertTrue(open.takingOrders());
        assertFalse(open.warnStaffNoStation());

        StationWatch allSilent = StationWatch.of(List.of(station("bar-1", "bar", 70)), ROUTING, NOW, LIMIT);
        assertEquals(List.of("bar", "cold"), allSilent.silentStations(), "a station that never beat is silent");
        KioskAdvice stop = KioskAdvice.decide(allSilent, Duration.ZERO, 0, Pacing.off(), true);
        assertFalse(stop.takingOrders());
        assertEquals(KioskAdvice.Reason.NO_STATION, stop.reason());
        KioskAdvice warn = KioskAdvice.decide(allSilent, Duration.ZERO, 0, Pacing.off(), false);
        assertTrue(warn.takingOrders());
        assertTrue(warn.warnStaffNoStation());
    }

    @Test
    void aStationNeverSeenIsNotYetKnownForTheWatchersFirstLimitThenSilent() {
        // the kiosk has been up 10 s, no station ever beat: no alarm yet, but no station is taken for alive
        StationWatch starting = StationWatch.of(List.of(), ROUTING, NOW, LIMIT, Duration.ofSeconds(10));
        assertEquals(List.of("bar", "cold"), starting.unknownStations());
        assertEquals(List.of(), starting.silentStations());
        assertTrue(starting.noStationAlive());
        assertFalse(starting.everyStationSilent());
        KioskAdvice lenient = KioskAdvice.decide(starting, Duration.ZERO, 0, Pacing.off(), false);
        assertFalse(lenient.warnStaffNoStation(), "a kiosk started a moment before its station does not alarm staff");
        assertTrue(lenient.takingOrders());
        KioskAdvice strict = KioskAdvice.decide(starting, Duration.ZERO, 0, Pacing.off(), true);
        assertFalse(strict.warnStaffNoStation());
        assertFalse(strict.takingOrders(), "not yet known is not alive: a stopping kiosk takes no order it would refuse");
        assertEquals(KioskAdvice.Reason.NO_STATION, strict.reason());
        assertEquals(List.of("bar", "cold"), strict.unknownStations());

        // the grace is the same limit as a beat's: still not known at the limit, silent just past it
        assertFalse(StationWatch.of(List.of(), ROUTING, NOW, LIMIT, LIMIT).everyStationSilent());
        StationWatch late = StationWatch.of(List.of(), ROUTING, NOW, LIMIT, LIMIT.plusMillis(1));
        assertEquals(List.of("bar", "cold"), late.silentStations());
        assertEquals(List.of(), late.unknownStations());
        KioskAdvice warn = KioskAdvice.decide(late, Duration.ZERO, 0, Pacing.off(), true);
        assertTrue(warn.warnStaffNoStation());
        assertEquals(KioskAdvice.Reason.NO_STATION, warn.reason());
    }

    @Test
    void aStationSeenBeforeIsJudgedByItsBeatEvenInTheWatchersFirstLimit() {
        // the bar beat 70 s ago (seen, and silent since); the cold bar never beat; the kiosk is 5 s up
        StationWatch watch = StationWatch.of(List.of(station("bar-1", "bar", 70)), ROUTING, NOW, LIMIT,
                Duration.ofSeconds(5));
        assertEquals(List.of("bar"), watch.silentStations());
        assertEquals(List.of("cold"), watch.unknownStations());
        assertFalse(watch.everyStationSilent(), "the cold bar may still be starting");
        assertTrue(watch.noStationAlive());

        // one alive and one never seen: orders are seen, nothing to warn of, nothing claimed of the other
        StationWatch oneAlive = StationWatch.of(List.of(station("bar-1", "bar", 5)), ROUTING, NOW, LIMIT,
                Duration.ofSeconds(5));
        assertEquals(Map.of("bar", 1, "cold", 0), oneAlive.aliveByStation());
        assertEquals(List.of("cold"), oneAlive.unknownStations());
        KioskAdvice open = KioskAdvice.decide(oneAlive, Duration.ZERO, 0, Pacing.off(), true);
        assertTrue(open.takingOrders());
        assertFalse(open.warnStaffNoStation());

        // a kiosk process's beat says nothing of a station
        StationWatch kioskOnly = StationWatch.of(List.of(new Heartbeat(ProcessKind.KIOSK, "kiosk-1", null, NOW, null,
                true, NOW)), ROUTING, NOW, LIMIT, Duration.ofSeconds(5));
        assertEquals(List.of("bar", "cold"), kioskOnly.unknownStations());
    }

    @Test
    void pacingShowsTheWaitPastTheFirstLimitAndPausesPastTheSecondUntilItFalls() {
        Pacing pacing = new Pacing(10, 20);
        StationWatch alive = StationWatch.of(List.of(station("b", "bar", 1), station("c", "cold", 1)), ROUTING, NOW, LIMIT);
        assertEquals(Pacing.Level.NORMAL, KioskAdvice.decide(alive, Duration.ofMinutes(9), 3, pacing, true).pacing());
        KioskAdvice show = KioskAdvice.decide(alive, Duration.ofMinutes(10), 3, pacing, true);
        assertTrue(show.takingOrders());
        assertTrue(show.showWait());
        KioskAdvice paused = KioskAdvice.decide(alive, Duration.ofMinutes(20), 9, pacing, true);
        assertFalse(paused.takingOrders());
        assertEquals(KioskAdvice.Reason.PACING_PAUSED, paused.reason());
        assertTrue(KioskAdvice.decide(alive, Duration.ofSeconds(19 * 60 + 59), 9, pacing, true).takingOrders());
        assertThrows(IllegalArgumentException.class, () -> new Pacing(20, 20));
    }

    @Test
    void aPauseHoldsUntilTheWaitFallsAMarginBelowTheLimit() {
        Pacing pacing = new Pacing(10, 20); // margin: 2 min (10 % of 20)
        StationWatch alive = StationWatch.of(List.of(station("b", "bar", 1), station("c", "cold", 1)), ROUTING, NOW, LIMIT);
        Pacing.Level paused = Pacing.Level.PAUSED;
        assertEquals(Duration.ofMinutes(2), pacing.resumeMargin());
        assertFalse(KioskAdvice.decide(alive, Duration.ofSeconds(19 * 60 + 59), 9, pacing, true, paused).takingOrders());
        assertFalse(KioskAdvice.decide(alive, Duration.ofMinutes(18), 9, pacing, true, paused).takingOrders());
        KioskAdvice resumed = KioskAdvice.decide(alive, Duration.ofSeconds(18 * 60 - 1), 9, pacing, true, paused);
        assertTrue(resumed.takingOrders());
        assertEquals(Pacing.Level.SHOW_WAIT, resumed.pacing());
        // a small limit still leaves a minute; a kiosk that was not paused is not held back by the margin
        assertEquals(Duration.ofMinutes(1), new Pacing(0, 5).resumeMargin());
        assertTrue(KioskAdvice.decide(alive, Duration.ofMinutes(19), 9, pacing, true, Pacing.Level.SHOW_WAIT).takingOrders());
    }

    static ExpoOrder expo(long id, OrderStatus status, List<OrderLine> lines, Map<String, PartState> states,
                          Instant claimedAt) {
        Order order = new Order(id, "BL-" + id, 1, (int) id, status, DiningOption.TAKEOUT, "K1", lines, 1000, NOW, NOW,
                null, null, null, List.of());
        List<OrderPart> parts = ROUTING.stationsOf(order).stream().map(s -> new OrderPart(id, s,
                states.getOrDefault(s, PartState.WAITING), ROUTING.partTargetSeconds(order, s),
                states.getOrDefault(s, PartState.WAITING) == PartState.WAITING ? null : claimedAt, null)).toList();
        return new ExpoOrder(order, parts, null);
    }

    static OrderLine coffee(int quantity) {
        return StationRoutingTest.line("coffee", 60, quantity);
    }

    static OrderLine ade(int quantity) {
        return StationRoutingTest.line("ade-smoothie", 120, quantity);
    }

    @Test
    void theWaitIsTheSlowestStationsQueueInPreparationMinutesSharedAmongItsWorkers() {
        WaitEstimator estimator = new WaitEstimator(ROUTING);
        List<ExpoOrder> open = List.of(
                // 3 coffees at the bar, claimed 60 s ago: 120 s left of 180
                expo(1, OrderStatus.IN_PREPARATION, List.of(coffee(3)), Map.of("bar", PartState.IN_PREPARATION),
                        NOW.minusSeconds(60)),
                // 2 coffees (120 s) and 1 ade (120 s), nothing claimed
                expo(2, OrderStatus.PAID, List.of(coffee(2), ade(1)), Map.of(), null),
                // the bar's part done, the ade (240 s) still waits
                expo(3, OrderStatus.IN_PREPARATION, List.of(coffee(1), ade(2)), Map.of("bar", PartState.BUMPED),
                        NOW.minusSeconds(30)),
                expo(4, OrderStatus.READY, List.of(coffee(5)), Map.of("bar", PartState.BUMPED), NOW));
        WaitEstimator.Estimate queue = estimator.estimate(open, Map.of("bar", 1, "cold", 1), List.of(), NOW);
        assertEquals(Duration.ofSeconds(240), queue.queueByStation().get("bar"));
        assertEquals(Duration.ofSeconds(360), queue.queueByStation().get("cold"));
        assertEquals(Duration.ofSeconds(360), queue.waitTime());
        assertEquals(3, queue.ordersAhead(), "the ready order is not ahead");
        assertEquals(6, queue.minutes());

        WaitEstimator.Estimate coffeeOnly = estimator.estimate(open, Map.of("bar", 2, "cold", 1), List.of(coffee(1)), NOW);
        assertEquals(Duration.ofSeconds(240 / 2 + 60), coffeeOnly.waitTime(), "two bar processes share its queue; "
                + "a coffee does not wait for the cold bar");
        assertEquals(Duration.ofSeconds(360 + 120),
                estimator.estimate(open, Map.of(), List.of(ade(1)), NOW).waitTime(), "a silent station still counts as one");
    }

    @Test
    void oneStationKeepsTheOldEstimate() {
        WaitEstimator single = new WaitEstimator(StationRouting.single());
        Order paid = new Order(1, "BL-1", 1, 1, OrderStatus.PAID, DiningOption.TAKEOUT, "K1", List.of(coffee(2)), 1000,
                NOW, NOW, null, null, null, List.of());
        ExpoOrder e = new ExpoOrder(paid, List.of(new OrderPart(1, StationRouting.SINGLE_STATION_ID, PartState.WAITING,
                120, null, null)), null);
        assertEquals(Duration.ofSeconds(60 + 60), single.estimate(List.of(e), Map.of(StationRouting.SINGLE_STATION_ID, 2),
                List.of(coffee(1)), NOW).waitTime());
    }

    @Test
    void aPaidOrderWaitsForWhatIsBeforeItAtItsOwnStationsNotForOrdersPaidAfterIt() {
        WaitEstimator estimator = new WaitEstimator(ROUTING);
        List<ExpoOrder> open = List.of(
                // ahead: 3 coffees at the bar, 60 s made of 180
                expo(1, OrderStatus.IN_PREPARATION, List.of(coffee(3)), Map.of("bar", PartState.IN_PREPARATION),
                        NOW.minusSeconds(60)),
                // ahead: an ade at the cold bar (120 s)
                expo(2, OrderStatus.PAID, List.of(ade(1)), Map.of(), null),
                // the customer's: 2 coffees (120 s)
                expo(3, OrderStatus.PAID, List.of(coffee(2)), Map.of(), null),
                // paid after: not ahead
                expo(4, OrderStatus.PAID, List.of(coffee(5)), Map.of(), null));
        WaitEstimator.Estimate placed = estimator.estimatePlaced(open, Map.of("bar", 1, "cold", 1), 3, NOW);
        assertEquals(Duration.ofSeconds(120 + 120), placed.waitTime(), "the bar's 120 s left, then its own 120 s");
        assertEquals(2, placed.ordersAhead());
        // what the customer was told just before paying (orders 1 and 2 open) is the same count
        assertEquals(estimator.estimate(open.subList(0, 2), Map.of("bar", 1, "cold", 1), List.of(coffee(2)), NOW).waitTime(),
                placed.waitTime());
        assertEquals(Duration.ofSeconds(120 / 2 + 120), estimator.estimatePlaced(open, Map.of("bar", 2), 3, NOW).waitTime(),
                "two bar processes share what is ahead");
        assertEquals(Duration.ZERO, estimator.estimatePlaced(open, Map.of(), 99, NOW).waitTime(), "not open: no wait");
    }
}
