package com.brewline.store.sqlite;

import com.brewline.model.BusinessDay;
import com.brewline.model.IllegalTransitionException;
import com.brewline.model.Order;
import com.brewline.model.OrderEvent;
import com.brewline.model.OrderStatus;
import com.brewline.store.DayCloseRefusedException;
import com.brewline.store.PaymentRecord;
import com.brewline.store.Refund;
import com.brewline.store.StoreNotTakingOrdersException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SqliteStoreTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    TestClock clock;
    SqliteStore store;

    @BeforeEach
    void openStore() {
        clock = TestClock.seoulMorning();
        store = SqliteStore.open(dir.resolve("brewline.db"), clock);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    Order paidOrder(String kiosk) {
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
        assertEquals(List.of(OrderStatus.PENDING_PAYMENT, OrderStatus.PAID),
                store.orders().history(paid.id()).stream().map(OrderEvent::to).toList());
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
    void pickupNumbersWrapAfter999AndSkipNumbersStillOpen() {
        store.days().open(TODAY, "barista");
        Order holder = paidOrder("K1");
        assertEquals(1, holder.pickupNumber());
        for (int i = 2; i <= 999; i++) {
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
}
