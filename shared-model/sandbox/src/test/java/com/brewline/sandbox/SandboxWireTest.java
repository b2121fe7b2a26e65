package com.brewline.sandbox;

import com.brewline.sandbox.notify.NotificationKnobs;
import com.brewline.sandbox.notify.NotificationSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Both sandboxes' shared surfaces, byte for byte as the contracts' providers answer them: refusals without the key,
 * unknown paths, bodies that are not JSON objects, the knobs endpoint (the payment one lenient, the notification one
 * strict), the HTML pages, the replayed first answer, the 127.0.0.1-only base URL and a second start refused.
 */
class SandboxWireTest {
    private static final String JSON_TYPE = "application/json; charset=utf-8";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private SandboxProvider payments;
    private NotificationSandbox notifications;

    @AfterEach
    void stop() {
        if (payments != null) {
            payments.close();
        }
        if (notifications != null) {
            notifications.close();
        }
    }

    private record Reply(int status, String contentType, String body, String retryAfter) {
    }

    private Reply call(String baseUrl, String method, String path, String authorization, String key, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        if (body != null) {
            b.header("Content-Type", JSON_TYPE);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body(),
                r.headers().firstValue("Retry-After").orElse(null));
    }

    private static String basic(String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((secret + ":").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void thePaymentSandboxAnswersItsSharedSurfacesExactly() throws Exception {
        payments = new SandboxProvider("sk_wire", SandboxKnobs.manual());
        int port = payments.start(0);
        String base = payments.baseUrl();
        assertThat(base).isEqualTo("http://127.0.0.1:" + port);
        assertThatThrownBy(() -> payments.start(0)).isInstanceOf(IllegalStateException.class)
                .hasMessage("the sandbox is already running at " + base);
        String key = basic("sk_wire");

        assertThat(call(base, "GET", "/v1/payments/x", null, null, null)).isEqualTo(new Reply(401, JSON_TYPE,
                "{\"code\":\"UNAUTHORIZED_KEY\",\"message\":\"인증되지 않은 시크릿 키 혹은 클라이언트 키 입니다.\"}", null));
        assertThat(call(base, "GET", "/nowhere", null, null, null)).isEqualTo(new Reply(404, JSON_TYPE,
                "{\"code\":\"NOT_FOUND\",\"message\":\"no such resource: /nowhere\"}", null));
        assertThat(call(base, "POST", "/v1/payments/ready", key, "k1", "[1]")).isEqualTo(new Reply(400, JSON_TYPE,
                "{\"code\":\"INVALID_REQUEST\",\"message\":\"the body must be a JSON object\"}", null));
        assertThat(call(base, "POST", "/v1/payments/ready", key, "k2", "{").body())
                .startsWith("{\"code\":\"INVALID_REQUEST\",\"message\":\"the body is not JSON: ");
        assertThat(call(base, "GET", "/sandbox/knobs", null, null, null)).isEqualTo(new Reply(401, JSON_TYPE,
                "{\"code\":\"UNAUTHORIZED_KEY\",\"message\":\"the secret key is required\"}", null));
        assertThat(call(base, "GET", "/sandbox/other", key, null, null)).isEqualTo(new Reply(404, JSON_TYPE,
                "{\"code\":\"NOT_FOUND\",\"message\":\"no such resource: /sandbox/other\"}", null));
        assertThat(call(base, "GET", "/sandbox/payments", key, null, null)).isEqualTo(new Reply(200, JSON_TYPE, "[]", null));
        assertThat(call(base, "GET", "/sandbox/knobs", key, null, null)).isEqualTo(new Reply(200, JSON_TYPE,
                "{\"approveAfterSeconds\":null,\"declineRate\":0.0,\"failRate\":0.0,\"dropRate\":0.0,\"slowRate\":0.0,"
                        + "\"slowSeconds\":4.0,\"outage\":false,\"sessionExpirySeconds\":600.0}", null));
        // lenient: a rate that is not a number reads as 0; unknown knobs are ignored
        assertThat(call(base, "POST", "/sandbox/knobs", key, null,
                "{\"failRate\":\"lots\",\"dropRate\":0.25,\"slowSeconds\":1.5,\"outage\":false,\"colour\":1}"))
                .isEqualTo(new Reply(200, JSON_TYPE, "{\"approveAfterSeconds\":null,\"declineRate\":0.0,\"failRate\":0.0,"
                        + "\"dropRate\":0.25,\"slowRate\":0.0,\"slowSeconds\":1.5,\"outage\":false,"
                        + "\"sessionExpirySeconds\":600.0}", null));
        assertThat(call(base, "POST", "/sandbox/knobs", key, null, "{\"declineRate\":2}")).isEqualTo(new Reply(400,
                JSON_TYPE, "{\"code\":\"INVALID_REQUEST\",\"message\":\"declineRate must be between 0.0 and 1.0, was 2.0\"}",
                null));
        assertThat(call(base, "POST", "/sandbox/knobs", key, null, "7")).isEqualTo(new Reply(400, JSON_TYPE,
                "{\"code\":\"INVALID_REQUEST\",\"message\":\"the body must be a JSON object of knobs\"}", null));
        assertThat(payments.knobs().dropRate()).isEqualTo(0.25);
        payments.knobs().dropRate(0);

        String ready = "{\"orderId\":\"wire-0001\",\"orderName\":\"아메리카노\",\"amount\":4500}";
        Reply first = call(base, "POST", "/v1/payments/ready", key, "ready-1", ready);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).startsWith("{\"paymentKey\":\"tsb_").contains("\"checkoutUrl\":\"" + base + "/checkout/");
        assertThat(call(base, "POST", "/v1/payments/ready", key, "ready-1", ready)).isEqualTo(first);
        Reply page = call(base, "GET", "/checkout/nope", null, null, null);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(page.body()).contains("결제를 찾을 수 없습니다 · Payment not found");
        assertThat(payments.apiRequestCount()).isEqualTo(5);

        payments.stop();
        assertThatThrownBy(() -> call(base, "GET", "/sandbox/knobs", key, null, null)).isInstanceOf(IOException.class);
        payments.start(0); // a stopped sandbox starts again, its simulated customer too
        payments.knobs().approveAfter(Duration.ZERO);
        assertThat(call(payments.baseUrl(), "POST", "/v1/payments/ready", key, "ready-2",
                "{\"orderId\":\"wire-0002\",\"orderName\":\"라떼\",\"amount\":5000}").status()).isEqualTo(200);
    }

    @Test
    void theNotificationSandboxAnswersItsSharedSurfacesExactly() throws Exception {
        notifications = new NotificationSandbox("nk_wire", NotificationKnobs.calm());
        int port = notifications.start(0);
        String base = notifications.baseUrl();
        assertThat(base).isEqualTo("http://127.0.0.1:" + port);
        assertThatThrownBy(() -> notifications.start(0)).isInstanceOf(IllegalStateException.class)
                .hasMessage("the notification sandbox is already running at " + base);
        String key = "Bearer nk_wire";

        assertThat(call(base, "GET", "/v1/messages/x", "Bearer other", null, null)).isEqualTo(new Reply(401, JSON_TYPE,
                "{\"code\":\"UNAUTHORIZED\",\"message\":\"the API key is missing or wrong\"}", null));
        assertThat(call(base, "GET", "/nowhere", null, null, null)).isEqualTo(new Reply(404, JSON_TYPE,
                "{\"code\":\"NOT_FOUND\",\"message\":\"no such resource: /nowhere\"}", null));
        assertThat(call(base, "POST", "/v1/messages", key, "k1", "[1]")).isEqualTo(new Reply(400, JSON_TYPE,
                "{\"code\":\"INVALID_REQUEST\",\"message\":\"the body must be a JSON object\"}", null));
        assertThat(call(base, "GET", "/sandbox/knobs", null, null, null)).isEqualTo(new Reply(401, JSON_TYPE,
                "{\"code\":\"UNAUTHORIZED\",\"message\":\"the API key is required\"}", null));
        assertThat(call(base, "GET", "/sandbox/other", key, null, null)).isEqualTo(new Reply(404, JSON_TYPE,
                "{\"code\":\"NOT_FOUND\",\"message\":\"no such resource: /sandbox/other\"}", null));
        assertThat(call(base, "GET", "/sandbox/messages", key, null, null)).isEqualTo(new Reply(200, JSON_TYPE, "[]", null));
        String calm = "{\"failRate\":0.0,\"dropRate\":0.0,\"rateLimitRate\":0.0,\"slowRate\":0.0,\"slowSeconds\":3.0,"
                + "\"fallbackRate\":0.0,\"undeliverableRate\":0.0,\"outage\":false}";
        assertThat(call(base, "GET", "/sandbox/knobs", key, null, null)).isEqualTo(new Reply(200, JSON_TYPE, calm, null));
        // strict: a rate that is not a number, an unknown knob, a slow answer too long: 400, nothing applied
        assertThat(call(base, "POST", "/sandbox/knobs", key, null, "{\"failRate\":\"lots\"}")).isEqualTo(new Reply(400,
                JSON_TYPE, "{\"code\":\"INVALID_REQUEST\",\"message\":\"failRate must be between 0.0 and 1.0, was -1.0\"}",
                null));
        Reply unknown = call(base, "POST", "/sandbox/knobs", key, null, "{\"colour\":1}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).startsWith("{\"code\":\"INVALID_REQUEST\",\"message\":\"unknown knob colour (known: ");
        assertThat(call(base, "POST", "/sandbox/knobs", key, null, "{\"slowSeconds\":301}")).isEqualTo(new Reply(400,
                JSON_TYPE, "{\"code\":\"INVALID_REQUEST\",\"message\":\"slowSeconds must be 0..300, was 301.0\"}", null));
        assertThat(call(base, "GET", "/sandbox/knobs", key, null, null).body()).isEqualTo(calm);
        assertThat(call(base, "POST", "/sandbox/knobs", key, null, "{\"rateLimitRate\":1}").body())
                .contains("\"rateLimitRate\":1.0");
        assertThat(call(base, "GET", "/v1/messages/x", key, null, null)).isEqualTo(new Reply(429, JSON_TYPE,
                "{\"code\":\"RATE_LIMITED\",\"message\":\"too many requests\"}", "1"));
        notifications.knobs().rateLimitRate(0);

        String send = "{\"templateCode\":\"ORDER_READY\",\"recipient\":\"01012345678\",\"variables\":"
                + "{\"storeName\":\"브루라인\",\"pickupNumber\":\"17\"},\"clientReference\":\"wire-1\"}";
        Reply first = call(base, "POST", "/v1/messages", key, "send-1", send);
        assertThat(first.status()).isEqualTo(202);
        assertThat(first.body()).startsWith("{\"messageId\":\"msg_").contains("\"status\":\"ACCEPTED\"");
        assertThat(call(base, "POST", "/v1/messages", key, "send-1", send)).isEqualTo(first);
        assertThat(call(base, "POST", "/v1/messages", key, "send-1", send.replace("17", "18"))).isEqualTo(new Reply(422,
                JSON_TYPE, "{\"code\":\"IDEMPOTENCY_KEY_REUSED\",\"message\":\"this Idempotency-Key was used with another body\"}",
                null));
        Reply page = call(base, "GET", "/sandbox/messages.html", null, null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(notifications.apiRequestCount()).isEqualTo(6);

        notifications.stop();
        assertThatThrownBy(() -> call(base, "GET", "/sandbox/knobs", key, null, null)).isInstanceOf(IOException.class);
    }
}
