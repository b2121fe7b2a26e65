package com.brewline.store.sqlite;

import com.brewline.model.NotificationEvent;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.model.PhoneNumber;
import com.brewline.store.OutboxMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NotificationOutboxTest {
    static final PhoneNumber PHONE = PhoneNumber.of("010-1234-5678");

    @TempDir
    Path dir;
    TestClock clock;
    SqliteStore store;

    @BeforeEach
    void open() {
        clock = TestClock.seoulMorning();
        store = SqliteStore.open(dir.resolve("brewline.db"), clock);
        store.days().open(LocalDate.of(2026, 11, 23), "barista");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Order paid(PhoneNumber phone) {
        Order pending = store.orders().createPending(Orders.twoLines("K1").withPhone(phone));
        return store.orders().markPaid(pending.id(), "pay-" + pending.id(), pending.total(), "CARD", clock.instant(), "K1");
    }

    @Test
    void everyNotifiedChangeOfAnOrderWithAPhoneQueuesOneMessageInItsTransaction() {
        Order order = paid(PHONE);
        store.orders().claimOldestPaid("B1");
        store.orders().transition(order.id(), OrderStatus.READY, "B1", null);
        store.orders().transition(order.id(), OrderStatus.IN_PREPARATION, "B1", "recall");
        store.orders().transition(order.id(), OrderStatus.READY, "B1", null);
        store.orders().transition(order.id(), OrderStatus.PICKED_UP, "B1", null);

        List<OutboxMessage> messages = store.notifications().ofOrder(order.id());
        assertThat(messages).extracting(OutboxMessage::event).containsExactly(NotificationEvent.PAID, NotificationEvent.READY);
        OutboxMessage paidMessage = messages.get(0);
        assertThat(paidMessage.pickupNumber()).isEqualTo(order.pickupNumber()).isPositive();
        assertThat(paidMessage.waitMinutes()).isBetween(1, 999);
        assertThat(paidMessage.recipient()).isEqualTo(PHONE);
        assertThat(paidMessage.idempotencyKey()).isNotEqualTo(messages.get(1).idempotencyKey());
        assertThat(paidMessage.clientReference()).isEqualTo("order-" + order.paymentOrderId() + "-PAID");
        assertThat(store.notifications().maskedPhone(order.id())).contains("010-****-5678");
    }

    @Test
    void aCancelTellsTheRefundAndOrdersWithoutAPhoneQueueNothing() {
        Order withPhone = paid(PHONE);
        Order without = paid(null);
        store.orders().transition(withPhone.id(), OrderStatus.CANCELLED, "customer", "changed my mind");
        store.orders().transition(without.id(), OrderStatus.REJECTED, "B1", "no milk");

        assertThat(store.notifications().ofOrder(withPhone.id())).extracting(OutboxMessage::event, OutboxMessage::refundAmount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NotificationEvent.PAID, 0L),
                        org.assertj.core.groups.Tuple.tuple(NotificationEvent.CANCELLED, withPhone.total()));
        assertThat(store.notifications().ofOrder(without.id())).isEmpty();
        assertThat(store.notifications().maskedPhone(without.id())).isEmpty();
    }

    @Test
    void aClaimedRowIsNotClaimedAgainUntilItsLeaseRunsOutAndKeepsItsKey() {
        Order order = paid(PHONE);
        List<OutboxMessage> first = store.notifications().claimDue("kiosk-1", 10, Duration.ofSeconds(30));
        assertThat(first).hasSize(1);
        assertThat(store.notifications().claimDue("kiosk-2", 10, Duration.ofSeconds(30))).isEmpty();

        clock.advance(Duration.ofSeconds(31)); // kiosk-1 was killed mid-send
        List<OutboxMessage> again = store.notifications().claimDue("kiosk-2", 10, Duration.ofSeconds(30));
        assertThat(again).hasSize(1);
        assertThat(again.get(0).idempotencyKey()).isEqualTo(first.get(0).idempotencyKey());
        assertThat(again.get(0).attempts()).isEqualTo(2);

        store.notifications().markSent(again.get(0).id(), "msg_1", "ALIMTALK", clock.instant());
        clock.advance(Duration.ofMinutes(5));
        assertThat(store.notifications().claimDue("kiosk-1", 10, Duration.ofSeconds(30))).isEmpty();
        assertThat(store.notifications().pendingCount()).isZero();
        assertThat(store.notifications().ofOrder(order.id()).get(0).messageId()).isEqualTo("msg_1");
    }

    @Test
    void aTemporaryFailureWaitsUntilItsNextAttempt() {
        paid(PHONE);
        OutboxMessage m = store.notifications().claimDue("k", 10, Duration.ofSeconds(30)).get(0);
        store.notifications().retryLater(m.id(), "503", clock.instant().plusSeconds(10));
        assertThat(store.notifications().claimDue("k", 10, Duration.ofSeconds(30))).isEmpty();
        clock.advance(Duration.ofSeconds(10));
        assertThat(store.notifications().claimDue("k", 10, Duration.ofSeconds(30))).hasSize(1);
        assertThrows(IllegalArgumentException.class, () -> store.notifications().markSent(9999, "x", "SMS", clock.instant()));
    }

    @Test
    void theDaysCloseDeletesNumbersExceptThoseStillOwedAMessage() throws Exception {
        Order sent = paid(PHONE);
        Order owed = paid(PhoneNumber.of("01098765432"));
        for (OutboxMessage m : store.notifications().claimDue("k", 10, Duration.ofSeconds(30))) {
            if (m.orderId() == sent.id()) {
                store.notifications().markSent(m.id(), "msg", "ALIMTALK", clock.instant());
            }
        }
        store.orders().transition(sent.id(), OrderStatus.CANCELLED, "customer", null);
        store.orders().transition(owed.id(), OrderStatus.CANCELLED, "customer", null);
        // the CANCELLED message of 'sent' is still owed too; send it, leave 'owed' pending
        for (OutboxMessage m : store.notifications().claimDue("k", 10, Duration.ofSeconds(30))) {
            if (m.orderId() == sent.id()) {
                store.notifications().markSent(m.id(), "msg2", "SMS", clock.instant());
            }
        }
        store.days().close("barista");

        assertThat(phones()).containsExactly(owed.id());
        clock.advance(Duration.ofMinutes(1));
        for (OutboxMessage m : store.notifications().ofOrder(owed.id())) {
            store.notifications().markFailed(m.id(), "gave up");
        }
        assertThat(phones()).isEmpty();
        assertThat(store.notifications().ofOrder(owed.id())).allMatch(m -> m.recipient() == null);
    }

    private List<Long> phones() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT order_id FROM order_phones")) {
            List<Long> ids = new java.util.ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        }
    }
}
