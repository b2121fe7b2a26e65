package com.brewline.payment.client;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client against a scripted provider: error mapping, keys on retries, auth, the breaker. */
class PaymentProviderClientTest {
    private static final String SECRET = "test_sk_brewline";
    private static final String DONE = "{\"paymentKey\":\"pk_1\",\"orderId\":\"order-0001\",\"orderName\":\"아메리카노\","
            + "\"status\":\"DONE\",\"totalAmount\":4500,\"balanceAmount\":4500,\"requestedAt\":\"2026-11-23T18:00:00+09:00\","
            + "\"approvedAt\":\"2026-11-23T18:00:05+09:00\",\"method\":\"카드\",\"cancels\":[],\"failure\":null}";

    private MockWebServer server;
    private PaymentProviderClient client;
    private CircuitBreaker breaker;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
        breaker = BreakerSettings.defaults().withOpenFor(Duration.ofMillis(600)).create("test");
        client = client(3);
    }

    private PaymentProviderClient client(int attempts) {
        ProviderSettings settings = ProviderSettings.of(server.url("/").toString(), SECRET)
                .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(400), Duration.ofSeconds(2))
                .withRetries(attempts, Duration.ofMillis(10));
        return new PaymentProviderClient(settings, breaker);
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.shutdown();
    }

    private static MockResponse error(int status, String code) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody("{\"code\":\"" + code + "\",\"message\":\"m-" + code + "\"}");
    }

    private static MockResponse ok(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    @ParameterizedTest(name = "{0} {1} is a decline, sent once")
    @CsvSource({"400,INVALID_REQUEST", "400,INVALID_AMOUNT", "400,ALREADY_PROCESSED_PAYMENT", "400,NOT_AUTHORIZED_YET",
            "400,DUPLICATED_ORDER_ID", "403,REJECT_CARD_COMPANY", "403,NOT_CANCELABLE_AMOUNT",
            "403,NOT_CANCELABLE_PAYMENT", "404,NOT_FOUND_PAYMENT", "401,UNAUTHORIZED_KEY"})
    void declinesAreNeverRetriedAndKeepTheCode(int status, String code) {
        server.enqueue(error(status, code));
        assertThatThrownBy(() -> client.confirm("pk_1", "order-0001", 4500, "confirm-key-1"))
                .isInstanceOfSatisfying(ProviderDeclinedException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.httpStatus()).isEqualTo(status);
                    assertThat(e.providerMessage()).isEqualTo("m-" + code);
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @ParameterizedTest(name = "{0} {1} on confirm: retried with the same key, then unknown")
    @CsvSource({"400,PROVIDER_ERROR", "409,IDEMPOTENT_REQUEST_PROCESSING", "500,FAILED_INTERNAL_SYSTEM_PROCESSING",
            "503,FAILED_INTERNAL_SYSTEM_PROCESSING"})
    void temporaryErrorsOnConfirmAreRetriedThenUnknown(int status, String code) throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(error(status, code));
        }
        assertThatThrownBy(() -> client.confirm("pk_1", "order-0001", 4500, "confirm-key-1"))
                .isInstanceOf(ProviderUnknownException.class);
        assertThat(idempotencyKeys(3)).containsOnly("confirm-key-1");
    }

    @ParameterizedTest(name = "{0} {1} on ready: retried with the same key, then temporary")
    @CsvSource({"400,PROVIDER_ERROR", "409,IDEMPOTENT_REQUEST_PROCESSING", "500,FAILED_INTERNAL_SYSTEM_PROCESSING"})
    void temporaryErrorsOnReadyAreRetriedThenTemporary(int status, String code) throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(error(status, code));
        }
        assertThatThrownBy(() -> client.ready("order-0001", "아메리카노", 4500, 0, "ready-key-1"))
                .isInstanceOfSatisfying(ProviderTemporaryException.class, e -> assertThat(e.code()).isEqualTo(code));
        assertThat(idempotencyKeys(3)).containsOnly("ready-key-1");
    }

    @ParameterizedTest(name = "an overloaded provider or proxy answering {0} is retried, not a decline")
    @CsvSource({"429", "408", "502"})
    void overloadAnswersOutsideTheContractAreRetriedWithTheSameKey(int status) throws Exception {
        server.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", "text/html")
                .setBody("<html><body>Too busy</body></html>"));
        server.enqueue(ok(DONE));
        Payment p = client.confirm("pk_1", "order-0001", 4500, "confirm-key-9");
        assertThat(p.statusValue()).isEqualTo(PaymentStatus.DONE);
        assertThat(idempotencyKeys(2)).containsExactly("confirm-key-9", "confirm-key-9");
    }

    @Test
    void processingConflictIsRetriedWithTheSameKeyUntilTheFirstAnswer() throws Exception {
        server.enqueue(error(409, "IDEMPOTENT_REQUEST_PROCESSING"));
        server.enqueue(error(409, "IDEMPOTENT_REQUEST_PROCESSING"));
        server.enqueue(ok(DONE));
        Payment p = client.confirm("pk_1", "order-0001", 4500, "confirm-key-7");
        assertThat(p.statusValue()).isEqualTo(PaymentStatus.DONE);
        assertThat(p.approvedAtInstant()).isEqualTo("2026-11-23T09:00:05Z");
        assertThat(idempotencyKeys(3)).containsExactly("confirm-key-7", "confirm-key-7", "confirm-key-7");
    }

    @Test
    void timeoutOnConfirmIsUnknownAndRetriedWithTheSameKey() throws Exception {
        server.enqueue(ok(DONE).setHeadersDelay(1, TimeUnit.SECONDS));
        server.enqueue(ok(DONE).setHeadersDelay(1, TimeUnit.SECONDS));
        server.enqueue(ok(DONE).setHeadersDelay(1, TimeUnit.SECONDS));
        assertThatThrownBy(() -> client.confirm("pk_1", "order-0001", 4500, "confirm-key-2"))
                .isInstanceOf(ProviderUnknownException.class)
                .hasMessageContaining("TIMEOUT");
        assertThat(idempotencyKeys(3)).containsOnly("confirm-key-2");
    }

    @Test
    void everyRequestCarriesBasicAuthOfTheSecretKeyAndAColon() throws Exception {
        server.enqueue(ok(DONE));
        client.lookupByOrderId("order-0001");
        RecordedRequest r = server.takeRequest();
        String expected = "Basic " + Base64.getEncoder().encodeToString((SECRET + ":").getBytes(StandardCharsets.UTF_8));
        assertThat(r.getHeader("Authorization")).isEqualTo(expected);
        assertThat(r.getPath()).isEqualTo("/v1/payments/orders/order-0001");
        assertThat(r.getMethod()).isEqualTo("GET");
    }

    @Test
    void postsCarryIdempotencyKeyAndTheContractBody() throws Exception {
        server.enqueue(ok(DONE));
        client.cancel("pk_1", "고객 취소", null, 4500L, "refund-key-1");
        RecordedRequest r = server.takeRequest();
        assertThat(r.getPath()).isEqualTo("/v1/payments/pk_1/cancel");
        assertThat(r.getHeader("Idempotency-Key")).isEqualTo("refund-key-1");
        assertThat(r.getBody().readUtf8()).isEqualTo("{\"cancelReason\":\"고객 취소\",\"refundableAmount\":4500}");
    }

    @Test
    void lookupOfAnUnknownPaymentIsEmpty() {
        server.enqueue(error(404, "NOT_FOUND_PAYMENT"));
        assertThat(client.lookupByPaymentKey("pk_none")).isEmpty();
    }

    @Test
    void okHttpDoesNotSilentlyResendAPostAfterAConnectionFailure() {
        PaymentProviderClient once = client(1);
        server.enqueue(ok(DONE).setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(ok(DONE));
        assertThatThrownBy(() -> once.confirm("pk_1", "order-0001", 4500, "confirm-key-3"))
                .isInstanceOf(ProviderUnknownException.class)
                .hasMessageContaining("CONNECTION_FAILED");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aDroppedConnectionIsRetriedByTheClientWithTheSameKey() throws Exception {
        server.enqueue(ok(DONE).setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(ok(DONE));
        assertThat(client.confirm("pk_1", "order-0001", 4500, "confirm-key-4").status()).isEqualTo("DONE");
        assertThat(idempotencyKeys(2)).containsExactly("confirm-key-4", "confirm-key-4");
    }

    @Test
    void breakerOpensAfterTheThresholdSendsNothingWhileOpenThenHalfOpensAndRecovers() throws Exception {
        PaymentProviderClient once = client(1);
        for (int i = 0; i < 5; i++) {
            server.enqueue(error(500, "FAILED_INTERNAL_SYSTEM_PROCESSING"));
        }
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> once.lookupByOrderId("order-0001")).isInstanceOf(ProviderTemporaryException.class);
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(once.isOpen()).isTrue();
        int sent = server.getRequestCount();
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> once.confirm("pk_1", "order-0001", 4500, "confirm-key-5"))
                    .isInstanceOf(ProviderUnavailableException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(sent);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (breaker.getState() != CircuitBreaker.State.HALF_OPEN && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(once.isOpen()).isFalse();
        for (int i = 0; i < 3; i++) {
            server.enqueue(ok(DONE));
            assertThat(once.lookupByOrderId("order-0001")).isPresent();
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(server.getRequestCount()).isEqualTo(sent + 3);
    }

    @Test
    void declinesNeverOpenTheBreaker() {
        for (int i = 0; i < 12; i++) {
            server.enqueue(error(403, "REJECT_CARD_COMPANY"));
            assertThatThrownBy(() -> client.confirm("pk_1", "order-0001", 4500, "k"))
                    .isInstanceOf(ProviderDeclinedException.class);
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void slowAnswersOpenTheBreaker() {
        BreakerSettings d = BreakerSettings.defaults();
        CircuitBreaker slowBreaker = new BreakerSettings(10, 5, 50, Duration.ofMillis(100), 50, Duration.ofSeconds(15), 3)
                .create("slow");
        PaymentProviderClient c = new PaymentProviderClient(ProviderSettings.of(server.url("/").toString(), SECRET), slowBreaker);
        for (int i = 0; i < 5; i++) {
            server.enqueue(ok(DONE).setHeadersDelay(150, TimeUnit.MILLISECONDS));
            assertThat(c.lookupByOrderId("order-0001")).isPresent();
        }
        assertThat(slowBreaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(d.slowCallThreshold()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void theSecretKeyIsNeverInToString() {
        assertThat(client.toString()).doesNotContain(SECRET).contains("<redacted>");
        assertThat(client.settings().toString()).doesNotContain(SECRET);
    }

    private List<String> idempotencyKeys(int n) throws InterruptedException {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            RecordedRequest r = server.takeRequest(2, TimeUnit.SECONDS);
            assertThat(r).as("request %d of %d", i + 1, n).isNotNull();
            keys.add(r.getHeader("Idempotency-Key"));
        }
        assertThat(server.getRequestCount()).isEqualTo(n);
        return keys;
    }
}
