package com.brewline.notify;

import com.brewline.model.DiningOption;
import com.brewline.model.NewOrder;
import com.brewline.model.NotificationEvent;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.model.OrderStatus;
import com.brewline.model.PhoneNumber;
import com.brewline.sandbox.notify.NotificationKnobs;
import com.brewline.sandbox.notify.NotificationSandbox;
import com.brewline.sandbox.notify.SentMessage;
import com.brewline.store.OutboxMessage;
import com.brewline.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox sender against the real sandbox and a real SQLite store. */
class NotificationSenderTest {
    @TempDir
    Path dir;
    SqliteStore store;
    NotificationSandbox sandbox;
    NotificationClient client;

    @BeforeEach
    void start() {
        store = SqliteStore.open(dir.resolve("brewline.db"), Clock.systemUTC());
        store.days().open(LocalDate.now(), "test");
        sandbox = new NotificationSandbox("nk_test", NotificationKnobs.calm());
        sandbox.start(0);
        client = new NotificationClient(NotifySettings.of(sandbox.baseUrl(), "nk_test")
                .withRetries(3, Duration.ofMillis(5)));
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
        store.close();
    }

    private Order paidOrder(String phone) {
        NewOrder order = new NewOrder("K1", DiningOption.TAKEOUT,
                List.of(new OrderLine("americano", "아메리카노", "Americano", List.of(), 1, 4500, 60)),
                phone == null ? null : PhoneNumber.of(phone));
        Order pending = store.orders().createPending(order);
        return store.orders().markPaid(pending.id(), "pay-" + pending.id(), pending.total(), "CARD",
                java.time.Instant.now(), "K1");
    }

    private NotificationSender sender(String name) {
        return new NotificationSender(store, client, new MessageTexts("브루라인 카페", Locale.KOREAN), Clock.systemUTC(), name,
                new NotificationSender.Pacing(Duration.ofMillis(20), Duration.ZERO, Duration.ofMillis(50),
                        Duration.ofMinutes(10)));
    }

    @Test
    void aFlakyProviderStillGetsExactlyOneMessagePerEvent() {
        sandbox.knobs().failRate(0.3).dropRate(0.2).rateLimitRate(0.05).fallbackRate(0.2);
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            orders.add(paidOrder(i % 3 == 2 ? null : "0101234" + String.format("%04d", i)));
        }
        for (Order o : orders.subList(0, 10)) {
            store.orders().transition(o.id(), OrderStatus.IN_PREPARATION, "B1", null);
            store.orders().transition(o.id(), OrderStatus.READY, "B1", null);
        }
        store.orders().transition(orders.get(10).id(), OrderStatus.CANCELLED, "customer", null);
        store.orders().transition(orders.get(11).id(), OrderStatus.REJECTED, "B1", "no milk");
        long expected = orders.stream().mapToLong(o -> store.notifications().ofOrder(o.id()).size()).sum();

        try (NotificationSender a = sender("a"); NotificationSender b = sender("b")) {
            long deadline = System.currentTimeMillis() + 60_000;
            while (store.notifications().pendingCount() > 0 && System.currentTimeMillis() < deadline) {
                a.runOnce();
                b.runOnce();
            }
        }

        assertThat(store.notifications().pendingCount()).isZero();
        Map<String, Long> perReference = sandbox.messages().stream()
                .collect(Collectors.groupingBy(SentMessage::clientReference, Collectors.counting()));
        assertThat(perReference).hasSize((int) expected).allSatisfy((ref, count) -> assertThat(count).isEqualTo(1));
        assertThat(expected).isEqualTo(10 + 7 + 1); // phones on 10 of 15: 10 paid, 7 of them ready, 1 cancelled
        for (Order o : orders) {
            for (OutboxMessage m : store.notifications().ofOrder(o.id())) {
                assertThat(m.status()).isEqualTo(OutboxMessage.Status.SENT);
                assertThat(perReference).containsKey(m.clientReference());
            }
        }
    }

    @Test
    void theMessagesSayWhatHappenedAndTheRefund() {
        Order cancelled = paidOrder("01055556666");
        store.orders().transition(cancelled.id(), OrderStatus.CANCELLED, "customer", null);
        try (NotificationSender s = sender("s")) {
            while (s.runOnce() > 0) {
                // until nothing is due
            }
        }
        Map<String, SentMessage> byTemplate = sandbox.messages().stream()
                .collect(Collectors.toMap(SentMessage::templateCode, Function.identity()));
        assertThat(byTemplate.get("ORDER_PAID").text())
                .isEqualTo("[브루라인 카페] " + cancelled.pickupNumber() + "번 주문이 접수되었습니다. 예상 대기 시간은 약 1분입니다.");
        assertThat(byTemplate.get("ORDER_CANCELLED").text())
                .isEqualTo("[브루라인 카페] " + cancelled.pickupNumber() + "번 주문이 취소되었습니다. 4,500원이 환불됩니다.");
        assertThat(byTemplate.get("ORDER_CANCELLED").recipient()).isEqualTo("010-****-6666");
    }

    @Test
    void anOutageDelaysMessagesAndARefusalIsRecordedNotRetried() {
        sandbox.knobs().outage(true);
        Order order = paidOrder("01012345678");
        try (NotificationSender s = sender("s")) {
            s.runOnce();
            OutboxMessage m = store.notifications().ofOrder(order.id()).get(0);
            assertThat(m.status()).isEqualTo(OutboxMessage.Status.PENDING);
            assertThat(m.lastError()).isNotBlank();
            sandbox.knobs().outage(false);
            long deadline = System.currentTimeMillis() + 10_000;
            while (store.notifications().pendingCount() > 0 && System.currentTimeMillis() < deadline) {
                s.runOnce();
            }
        }
        assertThat(store.notifications().ofOrder(order.id()).get(0).status()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(sandbox.messages()).hasSize(1);
        assertThat(store.notifications().ofOrder(order.id()).get(0).event()).isEqualTo(NotificationEvent.PAID);
    }

    @Test
    void thePaidMessageTellsTheKiosksWaitCountedOnceAndFrozenForEveryAttempt() {
        sandbox.knobs().outage(true);
        Order order = paidOrder("01012345678");
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        try (NotificationSender s = sender("s").tellingPaidWait(m -> 7 + asked.getAndIncrement())) {
            s.runOnce(); // the first attempt fails, after the wait was frozen
            assertThat(store.notifications().ofOrder(order.id()).get(0).waitMinutes()).isEqualTo(7);
            sandbox.knobs().outage(false);
            long deadline = System.currentTimeMillis() + 10_000;
            while (store.notifications().pendingCount() > 0 && System.currentTimeMillis() < deadline) {
                s.runOnce();
            }
        }
        assertThat(asked.get()).as("asked at the first attempt only").isEqualTo(1);
        assertThat(sandbox.messages()).singleElement().satisfies(m -> assertThat(m.text()).contains("약 7분"));
    }

    @Test
    void theSendersThreadWakesOnACommit() throws Exception {
        try (NotificationSender s = sender("thread").start()) {
            Order order = paidOrder("01012345678");
            long deadline = System.currentTimeMillis() + 10_000;
            while (store.notifications().pendingCount() > 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            assertThat(store.notifications().ofOrder(order.id()).get(0).status()).isEqualTo(OutboxMessage.Status.SENT);
        }
    }
}
