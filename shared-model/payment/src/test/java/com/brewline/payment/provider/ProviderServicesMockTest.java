package com.brewline.payment.provider;

import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.payment.CheckoutResult;
import com.brewline.payment.CheckoutSession;
import com.brewline.payment.client.BreakerSettings;
import com.brewline.payment.client.PaymentProviderClient;
import com.brewline.payment.client.ProviderSettings;
import com.brewline.store.BrewlineStore;
import com.brewline.store.Refund;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Checkout and refunds against a scripted provider whose answers get lost: nothing paid or refunded twice. */
class ProviderServicesMockTest {
    @TempDir
    Path dir;
    private BrewlineStore store;
    private MockWebServer server;
    private PaymentProviderClient client;
    private final ObjectMapper json = new ObjectMapper();
    private final List<RecordedRequest> confirms = new CopyOnWriteArrayList<>();
    private final List<RecordedRequest> cancels = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        store = PaymentFixtures.openStoreWithDayOpen(dir.resolve("brewline.db"));
        server = new MockWebServer();
        server.start(InetAddress.getLoopbackAddress(), 0);
        client = new PaymentProviderClient(ProviderSettings.of(server.url("/").toString(), PaymentFixtures.SECRET)
                .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(300), Duration.ofSeconds(2))
                .withRetries(3, Duration.ofMillis(10)),
                // wide window: three lost confirms would otherwise (rightly) open the circuit for 15 s
                BreakerSettings.defaults().withWindow(50, 50).create("mock"));
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.shutdown();
        store.close();
    }

    /** A provider that confirms but whose confirm answers never arrive in time. */
    private final class ConfirmTimesOut extends Dispatcher {
        volatile String orderId;
        volatile long amount;
        final AtomicInteger charged = new AtomicInteger();

        @Override
        public MockResponse dispatch(RecordedRequest r) {
            String path = r.getPath();
            try {
                if (path.equals("/v1/payments/ready")) {
                    JsonNode b = json.readTree(r.getBody().readUtf8());
                    orderId = b.get("orderId").asText();
                    amount = b.get("amount").asLong();
                    return ok("{\"paymentKey\":\"pk_1\",\"orderId\":\"" + orderId + "\",\"status\":\"READY\","
                            + "\"checkoutUrl\":\"http://127.0.0.1/checkout/pk_1\",\"expiresAt\":\""
                            + OffsetDateTime.now(ZoneOffset.ofHours(9)).plusMinutes(10) + "\"}");
                }
                if (path.equals("/v1/payments/pk_1")) {
                    return ok(payment(charged.get() > 0 ? "DONE" : "IN_PROGRESS"));
                }
                if (path.equals("/v1/payments/confirm")) {
                    confirms.add(r);
                    charged.compareAndSet(0, 1); // the provider charges once per key, then the answer is lost
                    return ok(payment("DONE")).setHeadersDelay(1, TimeUnit.SECONDS);
                }
                if (path.equals("/v1/payments/orders/" + orderId)) {
                    return ok(payment(charged.get() > 0 ? "DONE" : "IN_PROGRESS"));
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return new MockResponse().setResponseCode(404).setBody("{\"code\":\"NOT_FOUND_PAYMENT\",\"message\":\"-\"}");
        }

        private String payment(String status) {
            return "{\"paymentKey\":\"pk_1\",\"orderId\":\"" + orderId + "\",\"orderName\":\"아메리카노\",\"status\":\""
                    + status + "\",\"totalAmount\":" + amount + ",\"balanceAmount\":" + amount
                    + ",\"requestedAt\":\"2026-11-23T18:00:00+09:00\",\"approvedAt\":"
                    + (status.equals("DONE") ? "\"2026-11-23T18:00:05+09:00\"" : "null") + ",\"method\":\"카드\",\"cancels\":[]}";
        }
    }

    @Test
    void aConfirmThatTimesOutButLookupSaysDoneEndsInExactlyOnePaidOrder() throws Exception {
        ConfirmTimesOut provider = new ConfirmTimesOut();
        server.setDispatcher(provider);
        ProviderCheckoutService checkout = new ProviderCheckoutService(store, client, Clock.systemUTC(),
                Duration.ofMillis(20), Duration.ofSeconds(5), () -> { });

        CheckoutSession session = checkout.begin(PaymentFixtures.order("kiosk-1", 1));
        CheckoutResult result = checkout.await(session);

        assertThat(result).isInstanceOf(CheckoutResult.Paid.class);
        Order paid = ((CheckoutResult.Paid) result).order();
        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
        assertThat(paid.total()).isEqualTo(provider.amount);
        assertThat(provider.charged.get()).isEqualTo(1);
        assertThat(confirms).isNotEmpty().allSatisfy(r ->
                assertThat(r.getHeader("Idempotency-Key")).isEqualTo(store.payments().payment(paid.id()).orElseThrow().confirmKey()));
        assertThat(PaymentFixtures.orders(dir.resolve("brewline.db")))
                .filteredOn(PaymentFixtures.OrderRow::paid).hasSize(1);

        // a reconciler running over it afterwards changes nothing
        new Reconciler(store, client, Clock.systemUTC(), Duration.ZERO).reconcileOnce();
        assertThat(store.orders().find(paid.id()).orElseThrow().status()).isEqualTo(OrderStatus.PAID);
    }

    /**
     * A provider with refundableAmount semantics but which, like a provider after a restart, has
     * forgotten the idempotency record: the refund's answers are lost twice, yet it pays out once.
     */
    private final class ForgetfulRefunds extends Dispatcher {
        final long total;
        volatile long balance;
        final AtomicInteger payouts = new AtomicInteger();
        /** While true every cancel answer is lost after it took effect and lookups fail. */
        volatile boolean troubled = true;

        ForgetfulRefunds(long total) {
            this.total = total;
            this.balance = total;
        }

        @Override
        public MockResponse dispatch(RecordedRequest r) {
            try {
                if (r.getPath().equals("/v1/payments/pk_9/cancel")) {
                    cancels.add(r);
                    JsonNode b = json.readTree(r.getBody().readUtf8());
                    if (b.has("refundableAmount") && b.get("refundableAmount").asLong() != balance) {
                        return new MockResponse().setResponseCode(403)
                                .setBody("{\"code\":\"NOT_CANCELABLE_AMOUNT\",\"message\":\"취소 할 수 없는 금액 입니다.\"}");
                    }
                    balance = 0;
                    payouts.incrementAndGet();
                    MockResponse answer = ok(payment());
                    return troubled ? answer.setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST) : answer;
                }
                if (r.getPath().equals("/v1/payments/pk_9")) {
                    // lookups fail while the answers are being lost
                    return troubled
                            ? new MockResponse().setResponseCode(500).setBody("{\"code\":\"FAILED_INTERNAL_SYSTEM_PROCESSING\",\"message\":\"-\"}")
                            : ok(payment());
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return new MockResponse().setResponseCode(404).setBody("{\"code\":\"NOT_FOUND_PAYMENT\",\"message\":\"-\"}");
        }

        private String payment() {
            String status = balance == 0 ? "CANCELED" : "DONE";
            String cancelsJson = balance == 0 ? "[{\"cancelAmount\":" + total + ",\"cancelReason\":\"x\","
                    + "\"canceledAt\":\"2026-11-23T18:10:00+09:00\",\"transactionKey\":\"tx_1\"}]" : "[]";
            return "{\"paymentKey\":\"pk_9\",\"orderId\":\"x\",\"orderName\":\"x\",\"status\":\"" + status
                    + "\",\"totalAmount\":" + total + ",\"balanceAmount\":" + balance + ",\"method\":\"카드\",\"cancels\":" + cancelsJson + "}";
        }
    }

    @Test
    void aRepeatedRefundNeverPaysTwice() throws Exception {
        Order pending = store.orders().createPending(PaymentFixtures.order("kiosk-1", 2));
        Order paid = store.orders().markPaid(pending.id(), "pk_9", pending.total(), "카드", Clock.systemUTC().instant(), "test");
        ForgetfulRefunds provider = new ForgetfulRefunds(paid.total());
        server.setDispatcher(provider);
        // a wide breaker window: this test is about keys and amounts, not about the circuit opening
        PaymentProviderClient patient = new PaymentProviderClient(client.settings(),
                BreakerSettings.defaults().withWindow(50, 50).create("refunds"));
        ProviderRefundService refunds = new ProviderRefundService(store, patient, Clock.systemUTC(), 1);

        refunds.cancelByCustomer(paid.id(), "kiosk-1"); // first try: every answer lost, lookup fails
        assertThat(store.payments().refundsDue()).hasSize(1);
        assertThat(refunds.failing()).hasSize(1);
        provider.troubled = false;
        refunds.processDue(); // the retry: the same key, refused by refundableAmount, resolved by lookup
        refunds.processDue(); // and nothing more to do
        refunds.processDue();

        assertThat(provider.payouts.get()).isEqualTo(1);
        assertThat(store.payments().refundsDue()).isEmpty();
        assertThat(refunds.failing()).isEmpty();
        String key = cancels.get(0).getHeader("Idempotency-Key");
        assertThat(cancels).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(r -> assertThat(r.getHeader("Idempotency-Key")).isEqualTo(key));
        assertThat(PaymentFixtures.refunds(dir.resolve("brewline.db"), Refund.Status.DONE.name())).isEqualTo(paid.total());
        assertThat(store.orders().find(paid.id()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
    }

    private static MockResponse ok(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }
}
