package com.brewline.store.sqlite;

import com.brewline.model.BusinessDay;
import com.brewline.model.DaySummary;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.model.OrderStatusView;
import com.brewline.model.PickupBoard;
import com.brewline.store.DayCloseRefusedException;
import com.brewline.store.Reports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class ReadModelAndReportsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    TestClock clock;
    SqliteStore store;

    @BeforeEach
    void openStore() {
        clock = TestClock.seoulMorning(); // 09:00 in Seoul
        store = SqliteStore.open(dir.resolve("brewline.db"), clock);
        store.days().open(TODAY, "barista");
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    Order paid() {
        Order pending = store.orders().createPending(Orders.twoLines("K1"));
        return store.orders().markPaid(pending.id(), "pay-" + pending.id(), pending.total(), "CARD", clock.instant(), "k");
    }

    @Test
    void theBoardShowsPreparingInPaidOrderAndReadyInReadyOrder() {
        Order a = paid();
        clock.advance(Duration.ofSeconds(1));
        Order b = paid();
        clock.advance(Duration.ofSeconds(1));
        Order c = paid();
        store.orders().claimOldestPaid("s");
        store.orders().claimOldestPaid("s");
        clock.advance(Duration.ofSeconds(60));
        store.orders().transition(b.id(), OrderStatus.READY, "s", null);
        clock.advance(Duration.ofSeconds(5));
        store.orders().transition(a.id(), OrderStatus.READY, "s", null);

        PickupBoard board = store.readModel().pickupBoard();
        assertEquals(List.of(c.pickupNumber()), board.preparing());
        assertEquals(List.of(b.pickupNumber(), a.pickupNumber()),
                board.ready().stream().map(PickupBoard.ReadyNumber::pickupNumber).toList());
        assertEquals(clock.instant(), board.ready().get(1).readyAt());

        store.orders().transition(b.id(), OrderStatus.PICKED_UP, "s", null);
        assertEquals(List.of(a.pickupNumber()), store.readModel().pickupBoard().ready().stream()
                .map(PickupBoard.ReadyNumber::pickupNumber).toList());
    }

    @Test
    void theCustomerLooksUpTheirOrderByPickupNumber() {
        Order first = paid();
        clock.advance(Duration.ofSeconds(1));
        Order second = paid();
        clock.advance(Duration.ofSeconds(1));
        Order third = paid();

        OrderStatusView view = store.readModel().statusByPickupNumber(third.pickupNumber()).orElseThrow();
        assertEquals(third.id(), view.orderId());
        assertEquals(OrderStatus.PAID, view.status());
        assertEquals(2, view.ordersAhead());
        assertTrue(view.cancellableByCustomer());
        assertEquals(15_000, view.total());

        store.orders().claimOldestPaid("s");
        clock.advance(Duration.ofSeconds(7));
        store.orders().transition(second.id(), OrderStatus.CANCELLED, "customer", null);
        OrderStatusView cancelled = store.readModel().statusByPickupNumber(second.pickupNumber()).orElseThrow();
        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertEquals(clock.instant(), cancelled.updatedAt());
        assertFalse(cancelled.cancellableByCustomer());
        assertEquals(1, store.readModel().statusByPickupNumber(third.pickupNumber()).orElseThrow().ordersAhead());
        OrderStatusView started = store.readModel().statusByPickupNumber(first.pickupNumber()).orElseThrow();
        assertEquals(OrderStatus.IN_PREPARATION, started.status());
        assertFalse(started.cancellableByCustomer());

        assertTrue(store.readModel().statusByPickupNumber(999).isEmpty());
        assertTrue(store.readModel().statusByPickupNumber(0).isEmpty());
    }

    @Test
    void aLookUpOnANewDayFindsOnlyThatDaysOrders() {
        Order yesterday = paid();
        store.orders().transition(yesterday.id(), OrderStatus.CANCELLED, "customer", null);
        store.days().close("barista");
        store.days().open(TODAY.plusDays(1), "barista");
        assertTrue(store.readModel().statusByPickupNumber(1).isEmpty());
        Order today = paid();
        assertEquals(1, today.pickupNumber());
        assertEquals(today.id(), store.readModel().statusByPickupNumber(1).orElseThrow().orderId());
    }

    @Test
    void theDaySummaryCountsSalesRefundsWaitsAndPrepTimes() {
        Order a = paid();                                  // wait 100 s, prep 90 s
        Order b = paid();                                  // wait 150 s, prep 130 s
        Order cancelled = paid();
        Order failed = store.orders().createPending(Orders.twoLines("K2"));
        store.orders().transition(failed.id(), OrderStatus.PAYMENT_FAILED, "kiosk", "declined");
        clock.advance(Duration.ofSeconds(10));
        store.orders().claimOldestPaid("s");
        clock.advance(Duration.ofSeconds(10));
        store.orders().claimOldestPaid("s");
        store.orders().transition(cancelled.id(), OrderStatus.CANCELLED, "customer", "changed mind");
        clock.advance(Duration.ofSeconds(80));
        store.orders().transition(a.id(), OrderStatus.READY, "s", null);
        store.orders().transition(a.id(), OrderStatus.PICKED_UP, "s", null);
        clock.advance(Duration.ofSeconds(50));
        store.orders().transition(b.id(), OrderStatus.READY, "s", null);

        DaySummary day = store.reports().daySummary(TODAY);
        assertEquals(3, day.ordersPaid());
        assertEquals(1, day.ordersPickedUp());
        assertEquals(1, day.cancelled());
        assertEquals(0, day.rejected());
        assertEquals(1, day.paymentFailed());
        assertEquals(45_000, day.grossSales());
        assertEquals(15_000, day.refunded());
        assertEquals(30_000, day.netSales());
        assertEquals(1, day.refundsPending());
        assertEquals(Duration.ofSeconds(125), day.averageWait());
        assertEquals(Duration.ofSeconds(150), day.p90Wait());
        assertEquals(Duration.ofSeconds(150), day.slowestWait());
        assertEquals(Duration.ofSeconds(110), day.averagePrep());
        assertEquals(Duration.ofSeconds(130), day.slowestPrep());

        DaySummary other = store.reports().daySummary(TODAY.minusDays(1));
        assertEquals(0, other.ordersPaid());
        assertEquals(Duration.ZERO, other.averageWait());
    }

    @Test
    void prepTimesAreKeptPerItemAndHourAndARecallReplacesThem() {
        Order a = paid(); // americano x1 (60 s on the menu), latte x2 (90 s): target 240 s
        store.orders().claimOldestPaid("s");
        clock.advance(Duration.ofSeconds(480)); // twice the target
        store.orders().transition(a.id(), OrderStatus.READY, "s", null);
        store.orders().transition(a.id(), OrderStatus.IN_PREPARATION, "s", "recall");
        store.orders().transition(a.id(), OrderStatus.READY, "s", null);

        List<Reports.PrepTimeStat> stats = store.reports().prepTimeHistory(TODAY, TODAY);
        assertEquals(List.of(new Reports.PrepTimeStat("americano", 9, 1, 120.0, 120),
                new Reports.PrepTimeStat("cafe-latte", 9, 1, 180.0, 180)), stats);
        assertTrue(store.reports().prepTimeHistory(TODAY.plusDays(1), TODAY.plusDays(2)).isEmpty());
    }

    @Test
    void daysOpenPauseResumeAndCloseOnlyWhenNothingIsOpen() {
        BusinessDay open = store.days().current().orElseThrow();
        assertEquals(open, store.days().open(TODAY, "barista"), "opening an open day changes nothing");
        assertEquals(BusinessDay.State.PAUSED, store.days().pause("barista").state());
        assertEquals(open.id(), store.days().open(TODAY, "barista").id(), "a paused day resumes");
        Order o = paid();
        DayCloseRefusedException refused = assertThrows(DayCloseRefusedException.class,
                () -> store.days().close("barista"));
        assertEquals(List.of(o.id()), refused.openOrders().stream().map(Order::id).toList());
        assertTrue(refused.getMessage().contains("#1"), refused.getMessage());
        assertEquals(BusinessDay.State.OPEN, store.days().current().orElseThrow().state());
        store.orders().transition(o.id(), OrderStatus.CANCELLED, "customer", null);
        BusinessDay closed = store.days().close("barista");
        assertEquals(BusinessDay.State.CLOSED, closed.state());
        assertEquals(clock.instant(), closed.closedAt());
        clock.advance(Duration.ofMinutes(5));
        BusinessDay reopened = store.days().open(TODAY, "barista");
        assertNotEquals(open.id(), reopened.id(), "a closed day stays closed: opening starts a new one");
        assertEquals(clock.instant(), reopened.openedAt());
        assertEquals(1, paid().pickupNumber(), "whose numbers restart at 1");
        assertEquals(2, store.reports().daySummary(TODAY).ordersPaid(), "the date's report adds both days up");
    }

    @Test
    void itemsSoldOutAndBackAgain() {
        assertEquals(Set.of(), store.availability().soldOutItemIds());
        store.availability().setSoldOut("cafe-latte", true, "barista");
        store.availability().setSoldOut("americano", true, "barista");
        store.availability().setSoldOut("americano", false, "barista");
        assertEquals(Set.of("cafe-latte"), store.availability().soldOutItemIds());
    }

    @Test
    void paymentSessionsAndProviderStatusesAreKept() {
        Order pending = store.orders().createPending(Orders.twoLines("K1"));
        store.payments().attachSession(pending.id(), "pk-9", "http://127.0.0.1/checkout/pk-9",
                clock.instant().plusSeconds(600));
        var record = store.payments().payment(pending.id()).orElseThrow();
        assertEquals("pk-9", record.paymentKey());
        assertEquals("READY", record.status());
        assertEquals(clock.instant().plusSeconds(600), record.expiresAt());
        store.payments().updateProviderStatus(pending.id(), "IN_PROGRESS");
        assertEquals("IN_PROGRESS", store.payments().payment(pending.id()).orElseThrow().status());
        assertThrows(IllegalArgumentException.class, () -> store.payments().updateProviderStatus(999, "DONE"));
        assertTrue(store.payments().payment(999).isEmpty());
    }
}
