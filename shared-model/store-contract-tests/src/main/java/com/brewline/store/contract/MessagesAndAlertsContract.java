package com.brewline.store.contract;

import com.brewline.model.NotificationEvent;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.model.PhoneNumber;
import com.brewline.store.BrewlineStore;
import com.brewline.store.OutboxMessage;
import com.brewline.store.StaffAlert;
import com.brewline.testkit.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What every engine must do for customer messages (ADR 0008) and staff alerts: the outbox row in the status
 * change's transaction, claims for a lease that two senders never share, numbers forgotten at the day's close,
 * one open alert per source and kind, and the period read the day's report counts staff calls from. Subclassed
 * per engine like {@link StoreContract}.
 */
public abstract class MessagesAndAlertsContract {
    protected static final PhoneNumber PHONE = PhoneNumber.of("010-1234-5678");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    protected TestClock clock;
    protected BrewlineStore store;
    private final List<BrewlineStore> others = new ArrayList<>();

    /** The engine under test (a fresh database per test). */
    protected abstract ContractEngine engine();

    @BeforeEach
    void openStore() {
        clock = TestClock.seoulMorning();
        store = engine().openFresh(clock);
        store.days().open(TODAY, "barista");
    }

    @AfterEach
    void closeStore() {
        others.forEach(BrewlineStore::close);
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
        assertThat(paidMessage.status()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(paidMessage.createdAt()).isEqualTo(clock.instant());
        assertThat(paidMessage.idempotencyKey()).isNotEqualTo(messages.get(1).idempotencyKey());
        assertThat(paidMessage.clientReference()).isEqualTo("order-" + order.paymentOrderId() + "-PAID");
        assertThat(store.notifications().maskedPhone(order.id())).contains("010-****-5678");
        assertThat(store.notifications().pendingCount()).isEqualTo(2);
    }

    @Test
    void theWaitToldCountsTheTicketsPaidBefore() {
        Order first = paid(PHONE);
        for (int i = 0; i < 5; i++) {
            paid(null);
        }
        Order seventh = paid(PHONE);
        int alone = store.notifications().ofOrder(first.id()).get(0).waitMinutes();
        int behindSix = store.notifications().ofOrder(seventh.id()).get(0).waitMinutes();
        assertThat(behindSix).isGreaterThan(alone);
    }

    @Test
    void theKiosksWaitIsFrozenIntoAPendingPaidMessageOnly() {
        Order order = paid(PHONE);
        store.orders().claimOldestPaid("B1");
        store.orders().transition(order.id(), OrderStatus.READY, "B1", null);
        List<OutboxMessage> messages = store.notifications().ofOrder(order.id());
        OutboxMessage paidMessage = messages.get(0);
        OutboxMessage ready = messages.get(1);

        store.notifications().fixWait(paidMessage.id(), 17);
        store.notifications().fixWait(ready.id(), 9); // not a PAID message: nothing changes
        assertThat(store.notifications().ofOrder(order.id())).extracting(OutboxMessage::waitMinutes).containsExactly(17, 0);

        store.notifications().markSent(paidMessage.id(), "m-1", "SMS", clock.instant());
        store.notifications().fixWait(paidMessage.id(), 3); // sent: what it told stays
        assertThat(store.notifications().ofOrder(order.id()).get(0).waitMinutes()).isEqualTo(17);
        assertThatThrownBy(() -> store.notifications().fixWait(paidMessage.id(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.notifications().fixWait(paidMessage.id(), 1000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCancelTellsTheRefundAndOrdersWithoutAPhoneQueueNothing() {
        Order withPhone = paid(PHONE);
        Order without = paid(null);
        store.orders().transition(withPhone.id(), OrderStatus.CANCELLED, "customer", "changed my mind");
        store.orders().transition(without.id(), OrderStatus.REJECTED, "B1", "no milk");

        assertThat(store.notifications().ofOrder(withPhone.id())).extracting(OutboxMessage::event, OutboxMessage::refundAmount)
                .containsExactly(tuple(NotificationEvent.PAID, 0L), tuple(NotificationEvent.CANCELLED, withPhone.total()));
        assertThat(store.notifications().ofOrder(without.id())).isEmpty();
        assertThat(store.notifications().maskedPhone(without.id())).isEmpty();
    }

    @Test
    void aRefusedChangeLeavesNoMessage() {
        Order order = paid(PHONE);
        store.orders().claimOldestPaid("B1");
        assertThrows(RuntimeException.class, () -> store.orders().transition(order.id(), OrderStatus.CANCELLED,
                "customer", "too late")); // started: the customer may no longer cancel
        assertThat(store.notifications().ofOrder(order.id())).extracting(OutboxMessage::event)
                .containsExactly(NotificationEvent.PAID);
    }

    @Test
    void aClaimedRowIsNotClaimedAgainUntilItsLeaseRunsOutAndKeepsItsKey() {
        Order order = paid(PHONE);
        List<OutboxMessage> first = store.notifications().claimDue("kiosk-1", 10, Duration.ofSeconds(30));
        assertThat(first).hasSize(1);
        BrewlineStore second = openAgain(clock);
        assertThat(second.notifications().claimDue("kiosk-2", 10, Duration.ofSeconds(30))).isEmpty();

        clock.advance(Duration.ofSeconds(31)); // kiosk-1 was killed mid-send
        List<OutboxMessage> again = second.notifications().claimDue("kiosk-2", 10, Duration.ofSeconds(30));
        assertThat(again).hasSize(1);
        assertThat(again.get(0).idempotencyKey()).isEqualTo(first.get(0).idempotencyKey());
        assertThat(again.get(0).attempts()).isEqualTo(2);

        second.notifications().markSent(again.get(0).id(), "msg_1", "ALIMTALK", clock.instant());
        clock.advance(Duration.ofMinutes(5));
        assertThat(store.notifications().claimDue("kiosk-1", 10, Duration.ofSeconds(30))).isEmpty();
        assertThat(store.notifications().pendingCount()).isZero();
        OutboxMessage sent = store.notifications().ofOrder(order.id()).get(0);
        assertThat(sent.messageId()).isEqualTo("msg_1");
        assertThat(sent.channel()).isEqualTo("ALIMTALK");
        assertThat(sent.status()).isEqualTo(OutboxMessage.Status.SENT);
    }

    @Test
    void aTemporaryFailureWaitsUntilItsNextAttemptAndAFinalOneIsNeverClaimedAgain() {
        paid(PHONE);
        paid(PhoneNumber.of("01098765432"));
        List<OutboxMessage> claimed = store.notifications().claimDue("k", 10, Duration.ofSeconds(30));
        assertThat(claimed).hasSize(2);
        store.notifications().retryLater(claimed.get(0).id(), "503", clock.instant().plusSeconds(10));
        store.notifications().markFailed(claimed.get(1).id(), "INVALID_RECIPIENT");
        assertThat(store.notifications().claimDue("k", 10, Duration.ofSeconds(30))).isEmpty();
        clock.advance(Duration.ofSeconds(10));
        List<OutboxMessage> due = store.notifications().claimDue("k", 10, Duration.ofSeconds(30));
        assertThat(due).extracting(OutboxMessage::id, OutboxMessage::lastError)
                .containsExactly(tuple(claimed.get(0).id(), "503"));
        assertThat(store.notifications().pendingCount()).isEqualTo(1);
        assertThrows(IllegalArgumentException.class, () -> store.notifications().markSent(9999, "x", "SMS", clock.instant()));
        assertThrows(IllegalArgumentException.class, () -> store.notifications().claimDue("k", 0, Duration.ofSeconds(1)));
    }

    @Test
    @Timeout(60)
    void sendersClaimingAtOnceNeverTakeOneRowTwice() throws Exception {
        for (int i = 0; i < 40; i++) {
            paid(PHONE);
        }
        List<BrewlineStore> senders = List.of(store, openAgain(clock), openAgain(clock), openAgain(clock));
        List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
        allAtOnce(8, t -> {
            List<OutboxMessage> mine;
            while (!(mine = senders.get(t % senders.size()).notifications()
                    .claimDue("sender-" + t, 3, Duration.ofMinutes(5))).isEmpty()) {
                mine.forEach(m -> claimed.add(m.id()));
            }
        });
        assertThat(claimed).hasSize(40).doesNotHaveDuplicates();
    }

    /** Runs {@code work} on {@code threads} threads released together; fails on the first exception or after 50 s. */
    private static void allAtOnce(int threads, java.util.function.IntConsumer work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                runs.add(pool.submit(() -> {
                    start.await();
                    work.accept(thread);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(50, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
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
        assertThat(phones()).containsExactlyInAnyOrder(sent.id(), owed.id()).as("kept while the day is open");
        store.days().close("barista");

        assertThat(phones()).containsExactly(owed.id());
        clock.advance(Duration.ofMinutes(1));
        for (OutboxMessage m : store.notifications().ofOrder(owed.id())) {
            store.notifications().markFailed(m.id(), "gave up");
        }
        assertThat(phones()).isEmpty();
        assertThat(store.notifications().ofOrder(owed.id())).allMatch(m -> m.recipient() == null);
        assertThat(store.notifications().maskedPhone(owed.id())).isEmpty();
    }

    private List<Long> phones() throws SQLException {
        try (Connection c = engine().rawConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT order_id FROM order_phones ORDER BY order_id")) {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        }
    }

    @Test
    void aProblemRaisedAgainIsOneAlertUntilResolved() {
        long first = store.alerts().raise("kiosk-1", "PRINTER", "out of paper");
        long again = store.alerts().raise("kiosk-1", "PRINTER", "unreachable");
        store.alerts().raise("kiosk-2", "PRINTER", "out of paper");
        assertThat(again).isEqualTo(first);
        assertThat(store.alerts().open()).extracting(StaffAlert::source, StaffAlert::count, StaffAlert::message)
                .containsExactly(tuple("kiosk-2", 1, "out of paper"), tuple("kiosk-1", 2, "unreachable"));

        store.alerts().resolve("kiosk-1", "PRINTER", "kiosk-1");
        assertThat(store.alerts().open()).extracting(StaffAlert::source).containsExactly("kiosk-2");
        assertThat(store.alerts().raise("kiosk-1", "PRINTER", "out of paper")).isNotEqualTo(first);
        assertThat(store.alerts().raise("kiosk-1", "PRINTER", "x".repeat(2000))).isPositive();
    }

    @Test
    @Timeout(60)
    void twoProcessesRaisingOneProblemAtOnceMakeOneOpenAlert() throws Exception {
        List<BrewlineStore> raisers = List.of(store, openAgain(clock));
        allAtOnce(4, t -> {
            for (int i = 0; i < 10; i++) {
                raisers.get(t % 2).alerts().raise("kiosk-1", "STAFF_CALL", "call staff");
            }
        });
        assertThat(store.alerts().open()).singleElement().extracting(StaffAlert::count).isEqualTo(40);
    }

    @Test
    void thePeriodReadFindsEveryCallRaisedInItAnsweredOrNot() {
        Instant dayStart = clock.instant();
        long answered = store.alerts().raise("kiosk-1", "STAFF_CALL", "call staff");
        clock.advance(Duration.ofSeconds(42));
        store.alerts().resolve(answered, "station-1");
        store.alerts().raise("kiosk-1", "PRINTER", "out of paper");
        clock.advance(Duration.ofMinutes(5));
        long open = store.alerts().raise("kiosk-2", "STAFF_CALL", "call staff");
        clock.advance(Duration.ofHours(2));
        Instant dayEnd = clock.instant();
        store.alerts().raise("kiosk-1", "STAFF_CALL", "after the period"); // raised at dayEnd: not in [from, to)

        List<StaffAlert> calls = store.alerts().raisedBetween("STAFF_CALL", dayStart, dayEnd);
        assertThat(calls).extracting(StaffAlert::id).containsExactly(answered, open);
        StaffAlert first = calls.get(0);
        assertThat(Duration.between(first.raisedAt(), first.resolvedAt())).isEqualTo(Duration.ofSeconds(42));
        assertThat(first.resolvedBy()).isEqualTo("station-1");
        assertThat(calls.get(1).resolvedAt()).isNull();
        assertThat(store.alerts().raisedBetween("STAFF_CALL", dayStart.minusSeconds(60), dayStart)).isEmpty();
        assertThat(store.alerts().raisedBetween("PRINTER", dayStart, dayEnd)).hasSize(1);
    }

    private BrewlineStore openAgain(Clock clock) {
        BrewlineStore other = engine().openAgain(clock);
        others.add(other);
        return other;
    }
}
