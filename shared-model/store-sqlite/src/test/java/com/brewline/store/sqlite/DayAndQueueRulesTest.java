package com.brewline.store.sqlite;

import com.brewline.model.BusinessDay;
import com.brewline.model.DaySummary;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.store.NoPickupNumberFreeException;
import com.brewline.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Issue 9: the day's rules, late payments, FIFO by commit sequence, capacity before charging. */
class DayAndQueueRulesTest {
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
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("brewline.db"));
             Statement st = c.createStatement()) {
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
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("brewline.db"));
             Statement st = c.createStatement()) {
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
}
