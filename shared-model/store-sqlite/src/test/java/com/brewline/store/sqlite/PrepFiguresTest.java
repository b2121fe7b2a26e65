package com.brewline.store.sqlite;

import com.brewline.testkit.TestClock;
import com.brewline.kitchen.PrepFigures;
import com.brewline.kitchen.StationRouting;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.store.Reports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static com.brewline.store.sqlite.StationQueueTest.ROUTING;
import static com.brewline.store.sqlite.StationQueueTest.line;
import static org.junit.jupiter.api.Assertions.*;

/** Per item and per station p50/p90 and the late share, over a day and 4 weeks, kept after the day closes. */
class PrepFiguresTest {
    static final LocalDate DAY1 = LocalDate.of(2026, 11, 2);
    static final LocalDate DAY2 = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    TestClock clock;
    SqliteStore store;

    @BeforeEach
    void open() {
        clock = TestClock.seoulMorning();
        store = SqliteStore.open(dir.resolve("figures.db"), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Order paid(com.brewline.model.OrderLine... lines) {
        Order pending = store.orders().createPending(new com.brewline.model.NewOrder("K1",
                com.brewline.model.DiningOption.TAKEOUT, List.of(lines)));
        return store.orders().markPaid(pending.id(), "pay-" + pending.id(), pending.total(), "CARD", clock.instant(), "K1");
    }

    /** One station (no routing): the whole order is the ticket, recorded at READY. */
    private void makeOnTheSingleQueue(int waitBeforeClaim, int makeSeconds) {
        Order order = paid(line("latte", "coffee", 60));
        clock.advance(Duration.ofSeconds(waitBeforeClaim));
        store.orders().claimOldestPaid("s");
        clock.advance(Duration.ofSeconds(makeSeconds));
        store.orders().transition(order.id(), OrderStatus.READY, "s", null);
        store.orders().transition(order.id(), OrderStatus.PICKED_UP, "customer", null);
    }

    @Test
    void theSingleQueueKeepsFiguresPerItemAndForItsOneStationAcrossDays() {
        store.days().open(DAY1, "staff");
        makeOnTheSingleQueue(0, 50);   // waited 50 s of a 60 s target: on time
        makeOnTheSingleQueue(40, 60);  // waited 100 s: 1.67 x the target, late at 1.5
        store.days().close("staff");
        clock.advance(Duration.ofDays(21));
        store.days().open(DAY2, "staff");
        makeOnTheSingleQueue(0, 70);   // 70 s: on time at 1.5

        Reports.PrepFigureTable day2 = store.reports().prepFigures(DAY2, DAY2, 1.5);
        assertEquals(List.of(new PrepFigures.Figure("latte", 1, 70, 70, 0.0)), day2.byItem());
        assertEquals(List.of(new PrepFigures.Figure(StationRouting.SINGLE_STATION_ID, 1, 70, 70, 0.0)), day2.byStation());

        Reports.PrepFigureTable fourWeeks = store.reports().prepFigures(DAY2.minusDays(27), DAY2, 1.5);
        PrepFigures.Figure latte = fourWeeks.byItem().get(0);
        assertEquals(3, latte.count(), "the closed day's rows are kept");
        assertEquals(60, latte.p50Seconds());
        assertEquals(70, latte.p90Seconds());
        assertEquals(1.0 / 3, latte.lateShare(), 1e-9);
        assertEquals(33, latte.latePercent());
        assertEquals(0.0, store.reports().prepFigures(DAY2.minusDays(27), DAY2, 2.0).byItem().get(0).lateShare(),
                "late is the owner's threshold, applied when the figures are read");
    }

    @Test
    void eachStationsPartIsTimedFromItsClaimToItsBump() {
        store.days().open(DAY2, "staff");
        Order order = paid(line("latte", "coffee", 60), line("cake", "dessert", 30));
        store.stations().claimNext(ROUTING, "bar", "b");
        clock.advance(Duration.ofSeconds(20));
        store.stations().claimNext(ROUTING, "dessert", "d");
        clock.advance(Duration.ofSeconds(40));
        store.stations().bump(order.id(), ROUTING, "bar", "b");     // bar: 60 s made, waited 60 s of 60: on time
        clock.advance(Duration.ofSeconds(30));
        store.stations().bump(order.id(), ROUTING, "dessert", "d"); // dessert: 70 s made, waited 90 s of 30: late

        Reports.PrepFigureTable day = store.reports().prepFigures(DAY2, DAY2, 1.5);
        assertEquals(List.of(new PrepFigures.Figure("bar", 1, 60, 60, 0.0),
                new PrepFigures.Figure("dessert", 1, 70, 70, 1.0)), day.byStation());
        assertEquals(List.of(new PrepFigures.Figure("cake", 1, 70, 70, 1.0),
                new PrepFigures.Figure("latte", 1, 60, 60, 0.0)), day.byItem());

        store.stations().recall(order.id(), ROUTING, "dessert", "d");
        clock.advance(Duration.ofSeconds(5));
        store.stations().bump(order.id(), ROUTING, "dessert", "d");
        assertEquals(1, store.reports().prepFigures(DAY2, DAY2, 1.5).byStation().get(1).count(),
                "a recalled part that is bumped again replaces its row");
    }
}
