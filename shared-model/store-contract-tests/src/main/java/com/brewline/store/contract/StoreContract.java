package com.brewline.store.contract;

import com.brewline.model.BusinessDay;
import com.brewline.model.DaySummary;
import com.brewline.model.IllegalTransitionException;
import com.brewline.model.Order;
import com.brewline.model.OrderEvent;
import com.brewline.model.OrderStatus;
import com.brewline.model.OrderStatusView;
import com.brewline.model.PickupBoard;
import com.brewline.store.BrewlineStore;
import com.brewline.store.DayCloseRefusedException;
import com.brewline.store.PaymentRecord;
import com.brewline.store.Refund;
import com.brewline.store.Reports;
import com.brewline.store.NoPickupNumberFreeException;
import com.brewline.store.StoreException;
import com.brewline.store.StoreNotTakingOrdersException;
import com.brewline.testkit.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What every {@link BrewlineStore} engine must do, whatever it stores in: one suite, subclassed per
 * engine (SqliteStoreContractTest, PostgresStoreContractTest). A subclass opens a store on a fresh,
 * empty database for each test; {@link #openAgain} opens a second store on the same database, as a
 * second process would.
 */
public abstract class StoreContract {
    protected static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    protected TestClock clock;
    protected BrewlineStore store;
    private final List<BrewlineStore> others = new ArrayList<>();

    /** The engine under test (a fresh database per test). */
    protected abstract ContractEngine engine();

    private BrewlineStore openFresh(Clock clock) {
        return engine().openFresh(clock);
    }

    /** A plain JDBC connection to that database, for a test that writes rows as no store would (a full board). */
    protected final java.sql.Connection rawConnection() throws java.sql.SQLException {
        return engine().rawConnection();
    }

    protected final BrewlineStore openAgain(Clock clock) {
        BrewlineStore other = engine().openAgain(clock);
        others.add(other);
        return other;
    }

    @BeforeEach
    void openStore() {
        clock = TestClock.seoulMorning(); // 09:00 in Seoul
        store = openFresh(clock);
    }

    @AfterEach
    void closeStore() {
        others.forEach(BrewlineStore::close);
        store.close();
    }

    protected Order paidOrder(String kiosk) {
        Order pending = store.orders().createPending(Orders.twoLines(kiosk));
        return store.orders().markPaid(pending.id(), "pay-" + pending.id(), pending.total(), "CARD", clock.instant(),
                kiosk);
    }

    @Test
    void aPendingOrderIsWrittenWithItsLinesAndPaymentKeys() {
        store.days().open(TODAY, "barista");
        Order order = store.orders().createPending(Orders.twoLines("K1"));

        assertEquals(OrderStatus.PENDING_PAYMENT, order.status());
        assertEquals(15_000, order.total());
        assertEquals(0, order.pickupNumber());
        assertEquals(Orders.twoLines("K1").lines(), order.lines());
        assertEquals(List.of(false, false), order.linesDone());
        assertTrue(order.paymentOrderId().matches("BL20261123-[a-z0-9]{1,13}"), order.paymentOrderId());
        assertEquals(clock.instant(), order.createdAt());
        PaymentRecord payment = store.payments().payment(order.id()).orElseThrow();
        assertEquals(order.paymentOrderId(), payment.paymentOrderId());
        assertEquals(15_000, payment.amount());
        assertNotNull(payment.readyKey());
        assertNotEquals(payment.readyKey(), payment.confirmKey());
        assertNotEquals(payment.confirmKey(), payment.abortKey());
        assertNull(payment.paymentKey());
        assertEquals(order, store.orders().findByPaymentOrderId(order.paymentOrderId()).orElseThrow());
        List<OrderEvent> history = store.orders().history(order.id());
        assertEquals(1, history.size());
        assertNull(history.get(0).from());
        assertEquals(OrderStatus.PENDING_PAYMENT, history.get(0).to());
    }

    @Test
    void noOrderIsTakenWhenNoDayIsOpen() {
        assertThrows(StoreNotTakingOrdersException.class, () -> store.orders().createPending(Orders.twoLines("K1")));
        store.days().open(TODAY, "barista");
        store.days().pause("barista");
        assertThrows(StoreNotTakingOrdersException.class, () -> store.orders().createPending(Orders.twoLines("K1")));
        store.days().open(TODAY, "barista");
        store.orders().createPending(Orders.twoLines("K1"));
        store.days().close("barista");
        assertThrows(StoreNotTakingOrdersException.class, () -> store.orders().createPending(Orders.twoLines("K1")));
        assertEquals(1, store.orders().pendingCreatedBefore(clock.instant().plusSeconds(1)).size());
    }

    @Test
    void markPaidRecordsThePaymentAndHandsOutAPickupNumber() {
        store.days().open(TODAY, "barista");
        Order pending = store.orders().createPending(Orders.twoLines("K1"));
        clock.advance(Duration.ofSeconds(30));
        Instant approvedAt = clock.instant().minusSeconds(1);

        Order paid = store.orders().markPaid(pending.id(), "pk-1", 15_000, "CARD", approvedAt, "kiosk:K1");

        assertEquals(OrderStatus.PAID, paid.status());
        assertEquals(1, paid.pickupNumber());
        assertEquals(clock.instant(), paid.paidAt());
        PaymentRecord payment = store.payments().payment(paid.id()).orElseThrow();
        assertEquals("pk-1", payment.paymentKey());
        assertEquals("DONE", payment.status());
        assertEquals(approvedAt, payment.approvedAt());
        List<OrderEvent> history = store.orders().history(paid.id());
        assertEquals(List.of(OrderStatus.PENDING_PAYMENT, OrderStatus.PAID), history.stream().map(OrderEvent::to).toList());
        assertTrue(history.get(1).sequence() > history.get(0).sequence(), "events carry the commit order: " + history);
        // the same payment reported again (reconciler racing the kiosk) changes nothing
        clock.advance(Duration.ofSeconds(5));
        assertEquals(paid, store.orders().markPaid(pending.id(), "pk-1", 15_000, "CARD", approvedAt, "reconciler"));
        assertEquals(2, store.orders().history(paid.id()).size());
        // another payment for a paid order is refused
        assertThrows(IllegalTransitionException.class,
                () -> store.orders().markPaid(pending.id(), "pk-2", 15_000, "CARD", approvedAt, "kiosk"));
    }

    @Test
    void markPaidWithTheWrongAmountChangesNothing() {
        store.days().open(TODAY, "barista");
        Order pending = store.orders().createPending(Orders.twoLines("K1"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> store.orders().markPaid(pending.id(), "pk-1", 14_999, "CARD", clock.instant(), "kiosk"));
        assertTrue(e.getMessage().contains("15000") && e.getMessage().contains("14999"), e.getMessage());
        assertEquals(pending, store.orders().find(pending.id()).orElseThrow());
        assertNull(store.payments().payment(pending.id()).orElseThrow().paymentKey());
        assertEquals(1, store.orders().history(pending.id()).size());
    }

    @Test
    void baristasWorkFifoThroughReadyAndPickup() {
        store.days().open(TODAY, "barista");
        Order first = paidOrder("K1");
        clock.advance(Duration.ofSeconds(1));
        Order second = paidOrder("K2");
        assertEquals(List.of(first.id(), second.id()), store.orders().openTickets().stream().map(Order::id).toList());

        clock.advance(Duration.ofSeconds(10));
        Order claimed = store.orders().claimOldestPaid("station-1").orElseThrow();
        assertEquals(first.id(), claimed.id());
        assertEquals(OrderStatus.IN_PREPARATION, claimed.status());
        assertEquals(clock.instant(), claimed.startedAt());
        assertEquals(second.id(), store.orders().claimOldestPaid("station-2").orElseThrow().id());
        assertTrue(store.orders().claimOldestPaid("station-1").isEmpty());

        Order lineDone = store.orders().setLineDone(first.id(), 1, true, "station-1");
        assertEquals(List.of(false, true), lineDone.linesDone());
        clock.advance(Duration.ofSeconds(150));
        Order ready = store.orders().transition(first.id(), OrderStatus.READY, "station-1", null);
        assertEquals(clock.instant(), ready.readyAt());
        assertEquals(ready, store.orders().lastBumped().orElseThrow());
        clock.advance(Duration.ofSeconds(60));
        Order pickedUp = store.orders().transition(first.id(), OrderStatus.PICKED_UP, "station-1", null);
        assertEquals(clock.instant(), pickedUp.finishedAt());
        assertEquals(List.of(second.id()), store.orders().openOrders().stream().map(Order::id).toList());
    }

    @Test
    void aRecalledTicketKeepsItsPlaceAndTimer() {
        store.days().open(TODAY, "barista");
        Order order = paidOrder("K1");
        clock.advance(Duration.ofSeconds(5));
        Order started = store.orders().claimOldestPaid("station").orElseThrow();
        clock.advance(Duration.ofSeconds(100));
        store.orders().transition(order.id(), OrderStatus.READY, "station", null);
        clock.advance(Duration.ofSeconds(3));
        Order recalled = store.orders().transition(order.id(), OrderStatus.IN_PREPARATION, "station", "bumped by mistake");
        assertEquals(order.paidAt(), recalled.paidAt());
        assertEquals(started.startedAt(), recalled.startedAt());
        assertNull(recalled.readyAt());
        assertEquals(1, recalled.pickupNumber());
        assertTrue(store.orders().lastBumped().isEmpty());
        assertEquals(List.of(order.id()), store.orders().openTickets().stream().map(Order::id).toList());
    }

    @Test
    void illegalTransitionsAreRefusedAndChangeNothing() {
        store.days().open(TODAY, "barista");
        Order pending = store.orders().createPending(Orders.twoLines("K1"));
        assertThrows(IllegalTransitionException.class,
                () -> store.orders().transition(pending.id(), OrderStatus.READY, "x", null));
        assertThrows(IllegalTransitionException.class,
                () -> store.orders().transition(pending.id(), OrderStatus.CANCELLED, "x", null));
        assertThrows(IllegalArgumentException.class,
                () -> store.orders().transition(pending.id(), OrderStatus.PAID, "x", null));
        assertEquals(pending, store.orders().find(pending.id()).orElseThrow());
        assertEquals(1, store.orders().history(pending.id()).size());

        Order paid = store.orders().markPaid(pending.id(), "pk", 15_000, "CARD", clock.instant(), "k");
        assertThrows(IllegalTransitionException.class,
                () -> store.orders().transition(paid.id(), OrderStatus.PICKED_UP, "x", null));
        assertThrows(IllegalTransitionException.class,
                () -> store.orders().transition(paid.id(), OrderStatus.PAYMENT_FAILED, "x", null));
        assertThrows(IllegalStateException.class, () -> store.orders().setLineDone(paid.id(), 0, true, "x"));
        assertEquals(paid, store.orders().find(paid.id()).orElseThrow());
        assertEquals(2, store.orders().history(paid.id()).size());
        assertTrue(store.payments().refundsDue().isEmpty());

        store.orders().transition(paid.id(), OrderStatus.CANCELLED, "customer", "changed mind");
        assertThrows(IllegalTransitionException.class,
                () -> store.orders().transition(paid.id(), OrderStatus.REJECTED, "x", null));
        assertEquals(1, store.payments().refundsDue().size());
        assertThrows(IllegalArgumentException.class,
                () -> store.orders().transition(9999, OrderStatus.READY, "x", null));
    }

    @Test
    void cancellingOrRejectingAPaidOrderQueuesItsRefundInTheSameTransaction() {
        store.days().open(TODAY, "barista");
        Order cancelled = paidOrder("K1");
        Order rejected = paidOrder("K2");
        Order failed = store.orders().createPending(Orders.twoLines("K3"));

        store.orders().transition(cancelled.id(), OrderStatus.CANCELLED, "customer", "changed mind");
        store.orders().claimOldestPaid("station");
        store.orders().claimOldestPaid("station");
        store.orders().transition(rejected.id(), OrderStatus.REJECTED, "station", "out of milk");
        store.orders().transition(failed.id(), OrderStatus.PAYMENT_FAILED, "kiosk", "declined");

        List<Refund> due = store.payments().refundsDue();
        assertEquals(List.of(cancelled.id(), rejected.id()), due.stream().map(Refund::orderId).toList());
        Refund refund = due.get(1);
        assertEquals(15_000, refund.amount());
        assertEquals("pay-" + rejected.id(), refund.paymentKey());
        assertEquals("out of milk", refund.reason());
        assertEquals(Refund.Status.PENDING, refund.status());
        assertNotEquals(due.get(0).idempotencyKey(), refund.idempotencyKey());

        store.payments().recordRefundFailure(refund.id(), "provider timeout");
        assertEquals(List.of(refund.id()), store.payments().refundsFailing(1).stream().map(Refund::id).toList());
        assertEquals("provider timeout", store.payments().refundsFailing(1).get(0).lastError());
        store.payments().markRefundDone(refund.id(), clock.instant(), "tx-1");
        store.payments().markRefundDone(refund.id(), clock.instant(), "tx-1");
        assertEquals(List.of(cancelled.id()), store.payments().refundsDue().stream().map(Refund::orderId).toList());
        assertTrue(store.payments().refundsFailing(1).isEmpty());
    }

    @Test
    void pickupNumbersWrapAfter999AndSkipNumbersStillOpen() throws Exception {
        store.days().open(TODAY, "barista");
        Order holder = paidOrder("K1");
        assertEquals(1, holder.pickupNumber());
        for (int i = 2; i <= 5; i++) {
            Order o = paidOrder("K1");
            assertEquals(i, o.pickupNumber(), "numbers are handed out in turn");
            store.orders().transition(o.id(), OrderStatus.CANCELLED, "test", null);
        }
        // the day has handed out 997 numbers so far (the 992 in between are a fast-forward, not 2,976 commits)
        try (Connection c = rawConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE business_days SET last_pickup_number = 997");
        }
        for (int i = 998; i <= 999; i++) {
            Order o = paidOrder("K1");
            assertEquals(i, o.pickupNumber());
            store.orders().transition(o.id(), OrderStatus.CANCELLED, "test", null);
        }
        // 1 is still held by an open order: the count wraps past it to 2
        assertEquals(2, paidOrder("K1").pickupNumber());
        assertEquals(3, paidOrder("K1").pickupNumber());
        assertEquals(OrderStatus.PAID, store.orders().find(holder.id()).orElseThrow().status());
    }

    @Test
    void aNewDayRestartsPickupNumbers() {
        store.days().open(TODAY, "barista");
        Order o = paidOrder("K1");
        paidOrder("K1");
        assertThrows(DayCloseRefusedException.class, () -> store.days().close("barista"));
        for (Order open : store.orders().openOrders()) {
            store.orders().transition(open.id(), OrderStatus.CANCELLED, "test", null);
        }
        BusinessDay closed = store.days().close("barista");
        assertEquals(BusinessDay.State.CLOSED, closed.state());
        BusinessDay next = store.days().open(TODAY.plusDays(1), "barista");
        assertNotEquals(closed.id(), next.id());
        assertEquals(1, paidOrder("K1").pickupNumber());
        assertEquals(o.id(), store.orders().find(o.id()).orElseThrow().id());
    }

    @Test
    void theBoardShowsPreparingInPaidOrderAndReadyInReadyOrder() {
        store.days().open(TODAY, "barista");
        Order a = paidOrder("K1");
        clock.advance(Duration.ofSeconds(1));
        Order b = paidOrder("K1");
        clock.advance(Duration.ofSeconds(1));
        Order c = paidOrder("K1");
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
        store.days().open(TODAY, "barista");
        Order first = paidOrder("K1");
        clock.advance(Duration.ofSeconds(1));
        Order second = paidOrder("K1");
        clock.advance(Duration.ofSeconds(1));
        Order third = paidOrder("K1");

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
        store.days().open(TODAY, "barista");
        Order yesterday = paidOrder("K1");
        store.orders().transition(yesterday.id(), OrderStatus.CANCELLED, "customer", null);
        store.days().close("barista");
        store.days().open(TODAY.plusDays(1), "barista");
        assertTrue(store.readModel().statusByPickupNumber(1).isEmpty());
        Order today = paidOrder("K1");
        assertEquals(1, today.pickupNumber());
        assertEquals(today.id(), store.readModel().statusByPickupNumber(1).orElseThrow().orderId());
    }

    @Test
    void thePaidOrdersOfAPeriodComeWithLinesPaymentKeyRefundAndReason() {
        store.days().open(TODAY, "barista");
        Order picked = paidOrder("K1");
        Order rejected = paidOrder("K1");
        Order failed = store.orders().createPending(Orders.twoLines("K2"));
        store.orders().transition(failed.id(), OrderStatus.PAYMENT_FAILED, "kiosk", "declined");
        store.orders().claimOldestPaid("s");
        clock.advance(Duration.ofSeconds(70));
        store.orders().transition(picked.id(), OrderStatus.READY, "s", null);
        store.orders().transition(rejected.id(), OrderStatus.REJECTED, "s", "out of oat milk");

        List<com.brewline.report.ReportOrder> rows = store.reports().paidOrders(TODAY, TODAY);
        assertEquals(List.of(picked.id(), rejected.id()), rows.stream().map(r -> r.order().id()).toList(),
                "paid orders only, oldest paid first");
        com.brewline.report.ReportOrder first = rows.get(0);
        assertEquals(Orders.twoLines("K1").lines(), first.order().lines());
        assertEquals(TODAY, first.businessDate());
        assertEquals("pay-" + picked.id(), first.paymentKey());
        assertEquals(0, first.refundAmount());
        assertNull(first.refundStatus());
        assertEquals(Duration.ofSeconds(70), Duration.between(first.order().startedAt(), first.order().readyAt()));
        com.brewline.report.ReportOrder second = rows.get(1);
        assertEquals(OrderStatus.REJECTED, second.order().status());
        assertEquals(15_000, second.refundAmount());
        assertEquals("PENDING", second.refundStatus());
        assertEquals("out of oat milk", second.reason());
        assertTrue(store.reports().paidOrders(TODAY.minusDays(7), TODAY.minusDays(1)).isEmpty());
        assertEquals(2, store.reports().paidOrders(TODAY.minusDays(7), TODAY.plusDays(7)).size());
    }

    @Test
    void theDaySummaryCountsSalesRefundsWaitsAndPrepTimes() {
        store.days().open(TODAY, "barista");
        Order a = paidOrder("K1");                                  // wait 100 s, prep 90 s
        Order b = paidOrder("K1");                                  // wait 150 s, prep 130 s
        Order cancelled = paidOrder("K1");
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
        store.days().open(TODAY, "barista");
        Order a = paidOrder("K1"); // americano x1 (60 s on the menu), latte x2 (90 s): target 240 s
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
        store.days().open(TODAY, "barista");
        BusinessDay open = store.days().current().orElseThrow();
        assertEquals(open, store.days().open(TODAY, "barista"), "opening an open day changes nothing");
        assertEquals(BusinessDay.State.PAUSED, store.days().pause("barista").state());
        assertEquals(open.id(), store.days().open(TODAY, "barista").id(), "a paused day resumes");
        Order o = paidOrder("K1");
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
        assertEquals(1, paidOrder("K1").pickupNumber(), "whose numbers restart at 1");
        assertEquals(2, store.reports().daySummary(TODAY).ordersPaid(), "the date's report adds both days up");
    }

    @Test
    void itemsSoldOutAndBackAgain() {
        store.days().open(TODAY, "barista");
        assertEquals(Set.of(), store.availability().soldOutItemIds());
        store.availability().setSoldOut("cafe-latte", true, "barista");
        store.availability().setSoldOut("americano", true, "barista");
        store.availability().setSoldOut("americano", false, "barista");
        assertEquals(Set.of("cafe-latte"), store.availability().soldOutItemIds());
    }

    @Test
    void paymentSessionsAndProviderStatusesAreKept() {
        store.days().open(TODAY, "barista");
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

    @Test
    void anOrderIsRefundedOnceWhateverHappensAfter() {
        store.days().open(TODAY, "barista");
        Order order = paidOrder("K1");
        store.orders().transition(order.id(), OrderStatus.CANCELLED, "customer", null);
        assertThrows(IllegalTransitionException.class,
                () -> store.orders().transition(order.id(), OrderStatus.CANCELLED, "customer", null));
        assertThrows(IllegalTransitionException.class,
                () -> store.orders().transition(order.id(), OrderStatus.REJECTED, "station", null));
        assertEquals(1, store.payments().refundsDue().size());
    }

    @Test
    void aSecondStoreOnTheSameDatabaseSeesEveryCommit() {
        store.days().open(TODAY, "barista");
        BrewlineStore other = openAgain(clock);
        Order order = paidOrder("K1");
        assertEquals(order, other.orders().find(order.id()).orElseThrow());
        assertEquals(order.id(), other.orders().claimOldestPaid("station-2").orElseThrow().id());
        assertTrue(store.orders().claimOldestPaid("station-1").isEmpty(), "claimed once");
        assertEquals(OrderStatus.IN_PREPARATION, store.orders().find(order.id()).orElseThrow().status());
        Order again = other.orders().markPaid(order.id(), "pay-" + order.id(), order.total(), "CARD", clock.instant(),
                "reconciler");
        assertEquals(OrderStatus.IN_PREPARATION, again.status(), "the same payment reported again changes nothing");
        assertEquals(3, store.orders().history(order.id()).size());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void threadsShareTheStoreSafely() throws Exception {
        store.days().open(TODAY, "test");
        BrewlineStore second = openAgain(Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<List<Long>>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                String kiosk = "K" + w;
                BrewlineStore on = w % 2 == 0 ? store : second;
                writers.add(pool.submit(() -> {
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        Order pending = on.orders().createPending(Orders.twoLines(kiosk));
                        ids.add(on.orders().markPaid(pending.id(), "pay-" + pending.paymentOrderId(), pending.total(),
                                "CARD", Instant.now(), kiosk).id());
                    }
                    return ids;
                }));
            }
            List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
            List<Future<?>> consumers = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                String station = "S" + c;
                BrewlineStore on = c == 0 ? store : second;
                consumers.add(pool.submit(() -> {
                    while (claimed.size() < 200) {
                        Optional<Order> order = on.orders().claimOldestPaid(station);
                        if (order.isPresent()) {
                            claimed.add(order.get().id());
                        } else {
                            Thread.sleep(1);
                        }
                    }
                    return null;
                }));
            }
            List<Long> paid = new ArrayList<>();
            for (Future<List<Long>> writer : writers) {
                paid.addAll(writer.get(100, TimeUnit.SECONDS));
            }
            for (Future<?> consumer : consumers) {
                consumer.get(100, TimeUnit.SECONDS);
            }
            assertEquals(200, new HashSet<>(paid).size());
            assertEquals(200, claimed.size());
            assertEquals(new HashSet<>(paid), new HashSet<>(claimed), "every order claimed exactly once");
            List<Integer> numbers = store.orders().openOrders().stream().map(Order::pickupNumber).toList();
            assertEquals(200, new HashSet<>(numbers).size(), "no two open orders share a pickup number");
            assertTrue(store.orders().openOrders().stream().allMatch(o -> o.status() == OrderStatus.IN_PREPARATION));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void commitsOfThisStoreAndOfAnotherReachListenersOnTheFeedThread() throws Exception {
        store.days().open(TODAY, "test");
        BrewlineStore board = openAgain(clock);
        AtomicReference<Thread> calledOn = new AtomicReference<>();
        CountDownLatch own = new CountDownLatch(1);
        CountDownLatch other = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        store.changes().subscribe(() -> {
            calledOn.set(Thread.currentThread());
            own.countDown();
        });
        AutoCloseable boardSubscription = board.changes().subscribe(() -> {
            calls.incrementAndGet();
            other.countDown();
        });
        Thread.sleep(300); // let the feeds start listening
        Order order = store.orders().createPending(Orders.twoLines("K1"));
        assertTrue(own.await(2, TimeUnit.SECONDS));
        assertNotSame(Thread.currentThread(), calledOn.get());
        assertTrue(other.await(2, TimeUnit.SECONDS));

        boardSubscription.close();
        int before = calls.get();
        store.orders().markPaid(order.id(), "pk", order.total(), "CARD", clock.instant(), "k");
        Thread.sleep(300);
        assertEquals(before, calls.get(), "an unsubscribed listener is not called");
    }

    @Test
    void aWriteThatChangesNothingIsNoNews() throws Exception {
        store.days().open(TODAY, "test");
        AtomicInteger calls = new AtomicInteger();
        store.changes().subscribe(calls::incrementAndGet);
        Thread.sleep(300);
        calls.set(0);
        for (int i = 0; i < 20; i++) {
            assertTrue(store.orders().claimOldestPaid("station").isEmpty());
        }
        Thread.sleep(300);
        assertEquals(0, calls.get());
    }

    // --- the day's rules, late payments, FIFO by commit sequence, capacity before charging (issue 9) ---

    private Order pay(Order pending) {
        return store.orders().markPaid(pending.id(), "pay-" + pending.id(), pending.total(), "CARD", clock.instant(), "K1");
    }

    @Test
    void aPaymentCompletingAfterTheCloseIsRefundedAndNumbersNeverCollide() {
        store.days().open(TODAY, "barista");
        Order pending = store.orders().createPending(Orders.twoLines("K1"));
        BusinessDay closed = store.days().close("barista"); // a pending payment does not hold the close
        assertEquals(BusinessDay.State.CLOSED, closed.state());

        Order late = pay(pending);
        assertEquals(OrderStatus.CANCELLED, late.status(), "no open order on a closed day");
        assertEquals(1, store.payments().refundsDue().size(), "its refund is queued in the same transaction");

        store.days().open(TODAY.plusDays(1), "barista");
        Order first = pay(store.orders().createPending(Orders.twoLines("K1")));
        assertEquals(1, first.pickupNumber());
        assertEquals(List.of(first.id()), store.orders().openOrders().stream().map(Order::id).toList());
        store.orders().transition(first.id(), OrderStatus.CANCELLED, "customer", "changed mind");
        assertEquals(BusinessDay.State.CLOSED, store.days().close("barista").state(), "the new day can close");
    }

    @Test
    void aPaymentCompletingInTheNextDayJoinsItWithAFreshNumber() {
        store.days().open(TODAY, "barista");
        Order pending = store.orders().createPending(Orders.twoLines("K1"));
        store.days().close("barista");
        BusinessDay next = store.days().open(TODAY.plusDays(1), "barista");
        Order one = pay(store.orders().createPending(Orders.twoLines("K2")));
        Order late = pay(pending);
        assertEquals(OrderStatus.PAID, late.status());
        assertEquals(next.id(), late.businessDayId());
        assertNotEquals(one.pickupNumber(), late.pickupNumber());
    }

    @Test
    void twoOpenOrdersWithOneNumberAreRefusedByTheDatabaseItself() throws Exception {
        store.days().open(TODAY, "barista");
        Order a = pay(store.orders().createPending(Orders.twoLines("K1")));
        store.orders().transition(a.id(), OrderStatus.IN_PREPARATION, "b", null);
        store.orders().transition(a.id(), OrderStatus.READY, "b", null);
        // force a second day while #1 is still open, then try to hand #1 out again by hand
        Order b = store.orders().createPending(Orders.twoLines("K1"));
        try (Connection c = rawConnection(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO business_days (date, state, opened_at) VALUES ('2026-11-24', 'OPEN', 0)");
            assertThrows(java.sql.SQLException.class, () -> st.execute("UPDATE orders SET status = 'PAID', pickup_number = "
                    + a.pickupNumber() + ", business_day_id = (SELECT max(id) FROM business_days) WHERE id = " + b.id()));
        }
    }

    @Test
    void theQueueFollowsTheCommitSequenceWhenTheClockIsSetBack() {
        store.days().open(TODAY, "barista");
        Order first = pay(store.orders().createPending(Orders.twoLines("K1")));
        clock.advance(Duration.ofHours(-1)); // someone sets the clock back an hour
        Order second = pay(store.orders().createPending(Orders.twoLines("K2")));
        assertTrue(second.paidAt().isBefore(first.paidAt()), "the wall clock says the second came first");

        assertEquals(List.of(first.id(), second.id()), store.orders().openTickets().stream().map(Order::id).toList());
        assertEquals(first.id(), store.orders().claimOldestPaid("b").orElseThrow().id(), "first in, first out");
        assertEquals(1, store.readModel().statusByPickupNumber(second.pickupNumber()).orElseThrow().ordersAhead());
        clock.advance(Duration.ofMinutes(1));
        store.orders().transition(first.id(), OrderStatus.READY, "b", null);
        store.orders().claimOldestPaid("b");
        clock.advance(Duration.ofMinutes(-30)); // and back again before the second is ready
        store.orders().transition(second.id(), OrderStatus.READY, "b", null);

        DaySummary summary = store.reports().daySummary(TODAY);
        for (Duration d : List.of(summary.averageWait(), summary.p90Wait(), summary.slowestWait(), summary.averagePrep(),
                summary.p90Prep(), summary.slowestPrep())) {
            assertFalse(d.isNegative(), summary.toString());
        }
    }

    @Test
    void theLastFreeNumberIsCheckedBeforePaymentIsAskedFor() throws Exception {
        store.days().open(TODAY, "barista");
        // 998 open orders hold numbers: written directly, as a full board at rush hour
        try (Connection c = rawConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            for (int n = 1; n <= 998; n++) {
                st.execute("INSERT INTO orders (payment_order_id, business_day_id, pickup_number, status, dining, kiosk_id, "
                        + "total, created_at, paid_at, paid_seq) VALUES ('FULL-" + n + "-xx', (SELECT max(id) FROM business_days), "
                        + n + ", 'PAID', 'DINE_IN', 'K9', 1000, 0, 0, " + (100_000 + n) + ")");
            }
            c.commit();
        }
        Order a = store.orders().createPending(Orders.twoLines("K1"));
        Order b = store.orders().createPending(Orders.twoLines("K2"));
        assertEquals(999, pay(a).pickupNumber());
        assertThrows(NoPickupNumberFreeException.class, () -> store.orders().createPending(Orders.twoLines("K3")),
                "told before paying");
        Order refunded = pay(b); // paid while the last number went to another kiosk
        assertEquals(OrderStatus.CANCELLED, refunded.status(), "refunded at once, never left pending");
        assertTrue(store.orders().pendingCreatedBefore(clock.instant().plusSeconds(1)).isEmpty());
    }

    @Test
    void onlyTheDaysLifeDecidesItsChanges() {
        assertThrows(StoreException.class, () -> store.days().pause("barista"));
        store.days().open(TODAY, "barista");
        store.days().close("barista");
        assertThrows(StoreException.class, () -> store.days().pause("barista"), "a closed day is not paused");
        assertEquals(BusinessDay.State.CLOSED, store.days().close("barista").state(), "closing twice changes nothing");
    }

    // ---- urgent orders (issue 12): a status-neutral mark with a reason; claimed first ----

    private Order paidForUrgency() {
        Order pending = store.orders().createPending(Orders.twoLines("K1"));
        return store.orders().markPaid(pending.id(), "pay-" + pending.id(), pending.total(), "CARD", clock.instant(), "K1");
    }

    @Test
    void anUrgentOrderIsClaimedFirstWithItsReasonAndKeepsItsStatusAndHistory() {
        store.days().open(TODAY, "barista");
        Order first = paidForUrgency();
        Order second = paidForUrgency();
        int eventsBefore = store.orders().history(second.id()).size();

        store.orders().setUrgent(second.id(), "  allergy: customer waiting at the counter ", "barista");

        java.util.Map<Long, com.brewline.model.UrgentFlag> urgent = store.orders().urgentOrders();
        assertEquals(List.of(second.id()), List.copyOf(urgent.keySet()));
        assertEquals("allergy: customer waiting at the counter", urgent.get(second.id()).reason());
        assertEquals("barista", urgent.get(second.id()).actor());
        assertEquals(OrderStatus.PAID, store.orders().find(second.id()).orElseThrow().status(), "status-neutral");
        assertEquals(eventsBefore, store.orders().history(second.id()).size(), "no status event");

        assertEquals(second.id(), store.orders().claimOldestPaid("station").orElseThrow().id(), "urgent first");
        assertEquals(first.id(), store.orders().claimOldestPaid("station").orElseThrow().id());
    }

    @Test
    void theUrgentMarkCanBeTakenBackAndLeavesWithTheOrder() {
        store.days().open(TODAY, "barista");
        Order o = paidForUrgency();
        store.orders().setUrgent(o.id(), "rush", "barista");
        store.orders().setUrgent(o.id(), null, "barista");
        assertTrue(store.orders().urgentOrders().isEmpty());

        store.orders().setUrgent(o.id(), "rush", "barista");
        store.orders().transition(o.id(), OrderStatus.IN_PREPARATION, "barista", "started");
        assertTrue(store.orders().urgentOrders().containsKey(o.id()), "still urgent while being made");
        store.orders().transition(o.id(), OrderStatus.READY, "barista", "done");
        assertTrue(store.orders().urgentOrders().isEmpty(), "a ready order is no longer in the queue");
    }

    @Test
    void aBlankOrOverlongUrgencyReasonOrAFinishedOrderIsRefusedAndNothingIsWritten() {
        store.days().open(TODAY, "barista");
        Order o = paidForUrgency();
        assertThrows(IllegalArgumentException.class, () -> store.orders().setUrgent(o.id(), "   ", "barista"));
        assertThrows(IllegalArgumentException.class, () -> store.orders().setUrgent(o.id(), "x".repeat(81), "barista"));
        store.orders().transition(o.id(), OrderStatus.IN_PREPARATION, "barista", "started");
        store.orders().transition(o.id(), OrderStatus.READY, "barista", "done");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> store.orders().setUrgent(o.id(), "rush", "barista"));
        assertTrue(e.getMessage().contains("READY"), e.getMessage());
        assertTrue(store.orders().urgentOrders().isEmpty());
    }

    // ---- the kitchen (issue 12): stations' parts, heartbeats, preparation figures, on every engine ----

    private static final com.brewline.kitchen.StationRouting KITCHEN = com.brewline.kitchen.StationRouting.of(List.of(
            new com.brewline.kitchen.Station("bar", "Espresso bar", List.of("coffee")),
            new com.brewline.kitchen.Station("dessert", "Desserts", List.of("dessert"))));

    private Order paidWithCategories() {
        Order pending = store.orders().createPending(new com.brewline.model.NewOrder("K1",
                com.brewline.model.DiningOption.TAKEOUT, List.of(
                new com.brewline.model.OrderLine("latte", "라떼", "Latte", List.of(), 1, 5000, 60, "coffee"),
                new com.brewline.model.OrderLine("cake", "케이크", "Cake", List.of(), 1, 6000, 30, "dessert"))));
        return store.orders().markPaid(pending.id(), "pay-" + pending.id(), pending.total(), "CARD", clock.instant(), "K1");
    }

    @Test
    void eachStationMakesItsPartAndTheOrderIsReadyWhenBothAreBumped() {
        store.days().open(TODAY, "barista");
        Order o = paidWithCategories();
        assertEquals("coffee", store.orders().find(o.id()).orElseThrow().lines().get(0).categoryId());
        assertEquals(o.id(), store.stations().claimNext(KITCHEN, "bar", "bar-1").orElseThrow().order().id());
        assertTrue(store.stations().claimNext(KITCHEN, "bar", "bar-2").isEmpty(), "one claim per part");
        clock.advance(Duration.ofSeconds(50));
        assertEquals(OrderStatus.IN_PREPARATION, store.stations().bump(o.id(), KITCHEN, "bar", "bar-1").order().status());
        assertThrows(IllegalStateException.class, () -> store.stations().bump(o.id(), KITCHEN, "dessert", "d"));
        store.stations().claim(o.id(), KITCHEN, "dessert", "d");
        clock.advance(Duration.ofSeconds(100));
        com.brewline.kitchen.ExpoOrder done = store.stations().bump(o.id(), KITCHEN, "dessert", "d");
        assertEquals(OrderStatus.READY, done.order().status());
        assertEquals(4, store.stations().partHistory(o.id()).size());
        assertTrue(store.stations().expo(KITCHEN).stream().anyMatch(e -> e.order().id() == o.id()
                && e.stateOf("bar") == com.brewline.kitchen.PartState.BUMPED));

        Reports.PrepFigureTable figures = store.reports().prepFigures(TODAY, TODAY, 1.5);
        assertEquals(List.of(new com.brewline.kitchen.PrepFigures.Figure("bar", 1, 50, 50, 0.0),
                new com.brewline.kitchen.PrepFigures.Figure("dessert", 1, 100, 100, 1.0)), figures.byStation());
        assertEquals(2, figures.byItem().size());
    }

    @Test
    void aHeartbeatReplacesTheProcesssRow() {
        Instant t0 = clock.instant();
        store.heartbeats().beat(new com.brewline.kitchen.Heartbeat(com.brewline.kitchen.ProcessKind.STATION, "bar-1",
                "bar", t0, "3 tickets", null, null));
        store.heartbeats().beat(new com.brewline.kitchen.Heartbeat(com.brewline.kitchen.ProcessKind.STATION, "bar-1",
                "bar", t0.plusSeconds(10), "4 tickets", null, null));
        store.heartbeats().beat(new com.brewline.kitchen.Heartbeat(com.brewline.kitchen.ProcessKind.PAYMENT_JOBS,
                "kiosk-1", null, t0, null, false, t0.minusSeconds(3)));
        List<com.brewline.kitchen.Heartbeat> all = store.heartbeats().all();
        assertEquals(2, all.size());
        com.brewline.kitchen.Heartbeat payments = all.get(0);
        assertEquals(Boolean.FALSE, payments.providerAnswers());
        assertEquals(t0.minusSeconds(3), payments.providerCheckedAt());
        assertEquals(t0.plusSeconds(10), all.get(1).lastSeen());
        assertEquals("4 tickets", all.get(1).lastSaw());
    }
}
