package com.brewline.store.sqlite;

import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.model.UrgentFlag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Issue 12: staff mark a waiting order urgent, with a reason; it is claimed first; no status changes. */
class UrgentOrdersTest {
    @TempDir
    Path dir;
    TestClock clock;
    SqliteStore store;

    @BeforeEach
    void openStore() {
        clock = TestClock.seoulMorning();
        store = SqliteStore.open(dir.resolve("brewline.db"), clock);
        store.days().open(LocalDate.of(2026, 11, 23), "barista");
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private Order paid() {
        Order pending = store.orders().createPending(Orders.twoLines("K1"));
        return store.orders().markPaid(pending.id(), "pay-" + pending.id(), pending.total(), "CARD", clock.instant(), "K1");
    }

    @Test
    void anUrgentOrderIsClaimedFirstWithItsReasonAndKeepsItsStatusAndHistory() {
        Order first = paid();
        Order second = paid();
        int eventsBefore = store.orders().history(second.id()).size();

        store.orders().setUrgent(second.id(), "  allergy: customer waiting at the counter ", "barista");

        Map<Long, UrgentFlag> urgent = store.orders().urgentOrders();
        assertEquals(List.of(second.id()), List.copyOf(urgent.keySet()));
        assertEquals("allergy: customer waiting at the counter", urgent.get(second.id()).reason());
        assertEquals("barista", urgent.get(second.id()).actor());
        assertEquals(OrderStatus.PAID, store.orders().find(second.id()).orElseThrow().status(), "status-neutral");
        assertEquals(eventsBefore, store.orders().history(second.id()).size(), "no status event");

        assertEquals(second.id(), store.orders().claimOldestPaid("station").orElseThrow().id(), "urgent first");
        assertEquals(first.id(), store.orders().claimOldestPaid("station").orElseThrow().id());
    }

    @Test
    void theMarkCanBeTakenBackAndLeavesWithTheOrder() {
        Order o = paid();
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
    void aBlankOrOverlongReasonOrAFinishedOrderIsRefusedAndNothingIsWritten() {
        Order o = paid();
        assertThrows(IllegalArgumentException.class, () -> store.orders().setUrgent(o.id(), "   ", "barista"));
        assertThrows(IllegalArgumentException.class, () -> store.orders().setUrgent(o.id(), "x".repeat(81), "barista"));
        store.orders().transition(o.id(), OrderStatus.IN_PREPARATION, "barista", "started");
        store.orders().transition(o.id(), OrderStatus.READY, "barista", "done");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> store.orders().setUrgent(o.id(), "rush", "barista"));
        assertTrue(e.getMessage().contains("READY"), e.getMessage());
        assertTrue(store.orders().urgentOrders().isEmpty());
    }
}
