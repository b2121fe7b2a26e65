package com.brewline.notify;

import com.brewline.model.PhoneNumber;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The client against a provider that speaks the contract less kindly (MockWebServer on loopback). */
class NotificationClientTest {
    MockWebServer server;
    NotificationClient client;
    /** The waits between attempts the client asked for, in order: noted, not slept (the provider's up to 2 s each). */
    final List<Long> waits = new CopyOnWriteArrayList<>();
    final MessageRequest message = new MessageRequest("ORDER_READY", PhoneNumber.of("01012345678"),
            Map.of("storeName", "브루라인 카페", "pickupNumber", "23"), "[브루라인 카페] 23번 주문이 준비되었습니다.",
            "order-BL1-READY");

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
        client = new NotificationClient(NotifySettings.of(server.url("/").toString(), "nk_test")
                .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(700), Duration.ofSeconds(2))
                .withRetries(3, Duration.ofMillis(10)), waits::add);
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.shutdown();
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    @Test
    void everyRetryCarriesTheSameKeyAndBytesAndAcceptedEndsIt() throws Exception {
        server.enqueue(json(503, "{\"code\":\"UNAVAILABLE\",\"message\":\"busy\"}"));
        server.enqueue(json(404, "{\"code\":\"NOT_FOUND\",\"message\":\"no\"}")); // the lookup after a 5xx
        server.enqueue(json(202, "{\"messageId\":\"msg_1\",\"status\":\"ACCEPTED\",\"acceptedAt\":\"2026-11-23T09:00:00+09:00\"}"));

        SendResult result = client.send(message, "key-1");

        assertThat(result).isEqualTo(new SendResult.Accepted("msg_1", null));
        RecordedRequest first = server.takeRequest(1, TimeUnit.SECONDS);
        RecordedRequest lookup = server.takeRequest(1, TimeUnit.SECONDS);
        RecordedRequest second = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(waits).singleElement().satisfies(w -> assertThat(w).isBetween(10L, 15L)); // the backoff, jittered
        assertThat(first.getHeader("Idempotency-Key")).isEqualTo("key-1").isEqualTo(second.getHeader("Idempotency-Key"));
        assertThat(first.getBody().readUtf8()).isEqualTo(second.getBody().readUtf8())
                .contains("\"recipient\":\"01012345678\"", "\"clientReference\":\"order-BL1-READY\"", "\"type\":\"SMS\"");
        assertThat(first.getHeader("Authorization")).isEqualTo("Bearer nk_test");
        assertThat(lookup.getPath()).isEqualTo("/v1/messages?clientReference=order-BL1-READY");
        assertThat(lookup.getMethod()).isEqualTo("GET");
    }

    @Test
    void aDroppedConnectionAfterAcceptanceIsFoundByItsReferenceEvenInAListShapedAnswer() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(json(200, "{\"messages\":[{\"messageId\":\"msg_other\",\"clientReference\":\"order-X-READY\"},"
                + "{\"messageId\":\"msg_7\",\"clientReference\":\"order-BL1-READY\",\"status\":\"SENT\",\"channel\":\"SMS\"}]}"));

        assertThat(client.send(message, "key-2")).isEqualTo(new SendResult.Accepted("msg_7", "SMS"));
        assertThat(server.getRequestCount()).isEqualTo(2); // nothing sent a second time
    }

    @Test
    void finalRefusalsAreNotRetriedAndSayWhy() {
        server.enqueue(json(400, "{\"code\":\"INVALID_RECIPIENT\",\"message\":\"bad number\"}"));
        SendResult result = client.send(message, "key-3");
        assertThat(result).isInstanceOf(SendResult.Refused.class);
        assertThat(((SendResult.Refused) result).why()).isEqualTo("400 INVALID_RECIPIENT: bad number");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void rateLimitsAndInProgressAreTemporaryWithTheProvidersWishBounded() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(429, "{\"code\":\"RATE_LIMITED\",\"message\":\"slow down\"}").setHeader("Retry-After", "99999"));
        }
        SendResult result = client.send(message, "key-4");
        assertThat(result).isEqualTo(new SendResult.Temporary("RATE_LIMITED", "429 RATE_LIMITED: slow down",
                Duration.ofHours(1)));
        assertThat(server.getRequestCount()).isEqualTo(3); // 429 proves nothing was accepted: no lookups
        assertThat(waits).containsExactly(2_000L, 2_000L); // 99999 s asked, the client's longest wait kept
        assertThat(NotificationClient.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isNull();
        assertThat(NotificationClient.retryAfter("-5")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aKeyReusedWithAnotherBodyCountsAsSentOnlyWhenTheProviderHasTheReference() {
        server.enqueue(json(422, "{\"code\":\"IDEMPOTENCY_KEY_REUSED\",\"message\":\"other body\"}"));
        server.enqueue(json(200, "{\"messageId\":\"msg_9\",\"clientReference\":\"order-BL1-READY\",\"status\":\"DELIVERED\"}"));
        assertThat(client.send(message, "key-5")).isEqualTo(new SendResult.Accepted("msg_9", null));

        server.enqueue(json(422, "{\"code\":\"IDEMPOTENCY_KEY_REUSED\",\"message\":\"other body\"}"));
        server.enqueue(json(404, "{\"code\":\"NOT_FOUND\",\"message\":\"none\"}"));
        assertThat(client.send(message, "key-6")).isInstanceOf(SendResult.Refused.class);
    }

    @Test
    void aSuccessWithoutAReadableIdOrAWrongReferenceIsNotBelieved() {
        server.enqueue(json(202, "<html>ok</html>"));
        server.enqueue(json(200, "{\"messageId\":\"msg_x\",\"clientReference\":\"order-SOMEONE-ELSE\"}"));
        server.enqueue(json(202, "{\"messageId\":\"" + "x".repeat(301) + "\"}"));
        server.enqueue(json(200, "[]"));
        // headers at once, the body later than the read time-out (0.7 s); MockWebServer's shutdown waits it out
        server.enqueue(new MockResponse().setBody("{}").setBodyDelay(1500, TimeUnit.MILLISECONDS));
        server.enqueue(json(404, "{}"));
        SendResult result = client.send(message, "key-7");
        assertThat(result).isInstanceOf(SendResult.Temporary.class);
        assertThat(((SendResult.Temporary) result).code()).isEqualTo("TIMEOUT");
    }

    @Test
    void aWrongKeyKeepsTheMessageForLaterAndTheNumberIsMaskedInItsName() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(401, "{\"code\":\"UNAUTHORIZED\",\"message\":\"wrong key\"}"));
        }
        assertThat(client.send(message, "key-8")).isInstanceOf(SendResult.Temporary.class);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(waits).containsExactly(2_000L, 2_000L); // a minute would be the outbox's wait, not the client's
        assertThat(message.toString()).contains("010-****-5678").doesNotContain("01012345678");
        assertThat(client.toString()).doesNotContain("nk_test");
    }
}
