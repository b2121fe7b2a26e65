package com.brewline.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sandbox serves the contract over real loopback HTTP, seen with a bare OkHttp client. */
class SandboxProviderTest {
    private static final String SECRET = "test_sk_sandbox";
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private final ObjectMapper json = new ObjectMapper();
    private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    private SandboxProvider sandbox;
    private int keys;

    @BeforeEach
    void start() {
        sandbox = new SandboxProvider(SECRET, SandboxKnobs.manual());
        int port = sandbox.start(0);
        assertThat(sandbox.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
    }

    @AfterEach
    void stop() {
        sandbox.stop();
    }

    private record Reply(int status, JsonNode body, String text) {
        String code() {
            return body.path("code").asText(null);
        }
    }

    private Reply call(String method, String path, String body, String key, String secret) throws IOException {
        Request.Builder b = new Request.Builder().url(sandbox.baseUrl() + path);
        if (secret != null) {
            b.header("Authorization", Credentials.basic(secret, "", StandardCharsets.UTF_8));
        }
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        b.method(method, body == null ? null : RequestBody.create(body, JSON));
        try (Response r = http.newCall(b.build()).execute()) {
            String text = r.body().string();
            JsonNode node = text.startsWith("{") || text.startsWith("[") ? json.readTree(text) : json.createObjectNode();
            return new Reply(r.code(), node, text);
        }
    }

    private Reply post(String path, String body, String key) throws IOException {
        return call("POST", path, body, key, SECRET);
    }

    /** Looks the payment up until its status passes {@code done} (at most 10 s); returns that status. */
    private String awaitStatus(String orderId, java.util.function.Predicate<String> done) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            String status = get("/v1/payments/orders/" + orderId).body().get("status").asText();
            if (done.test(status) || System.nanoTime() > deadline) {
                return status;
            }
            Thread.sleep(5); // between two looks
        }
    }

    private Reply get(String path) throws IOException {
        return call("GET", path, null, null, SECRET);
    }

    private String key() {
        return "key-" + (++keys) + "-" + System.nanoTime();
    }

    private Reply ready(String orderId, long amount) throws IOException {
        return post("/v1/payments/ready", "{\"orderId\":\"" + orderId + "\",\"orderName\":\"아메리카노\",\"amount\":" + amount
                + ",\"taxFreeAmount\":0}", key());
    }

    @Test
    void refusesAWrongOrMissingSecretKey() throws IOException {
        assertThat(call("GET", "/v1/payments/orders/order-1", null, null, null).code()).isEqualTo("UNAUTHORIZED_KEY");
        Reply wrong = call("GET", "/v1/payments/orders/order-1", null, null, "other_key");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.code()).isEqualTo("UNAUTHORIZED_KEY");
        assertThat(get("/v1/payments/orders/order-1").code()).isEqualTo("NOT_FOUND_PAYMENT");
    }

    @Test
    void readyValidatesAndOpensASessionWithItsCheckoutPage() throws IOException {
        assertThat(ready("short", 4500).code()).isEqualTo("INVALID_REQUEST");
        assertThat(ready("order-0001", 0).code()).isEqualTo("INVALID_REQUEST");
        assertThat(post("/v1/payments/ready", "{\"orderId\":\"order-0001\",\"orderName\":\"x\",\"amount\":4500.5}", key()).code())
                .isEqualTo("INVALID_REQUEST");
        assertThat(post("/v1/payments/ready", "{\"orderId\":\"order-0001\",\"orderName\":\"x\",\"amount\":4500}", null).code())
                .isEqualTo("INVALID_REQUEST");

        Reply r = ready("order-0001", 4500);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("status").asText()).isEqualTo("READY");
        String checkoutUrl = r.body().get("checkoutUrl").asText();
        assertThat(checkoutUrl).startsWith(sandbox.baseUrl() + "/checkout/");
        assertThat(r.body().get("expiresAt").asText()).matches(".*T.*\\+09:00");
        assertThat(ready("order-0001", 4500).code()).isEqualTo("DUPLICATED_ORDER_ID");

        try (Response page = http.newCall(new Request.Builder().url(checkoutUrl).build()).execute()) {
            String html = page.body().string();
            assertThat(html).contains("Approve").contains("Decline").contains("4,500");
        }
    }

    @Test
    void aRepeatedKeyGetsTheFirstAnswerWhateverTheBody() throws IOException {
        String k = key();
        Reply first = post("/v1/payments/ready", "{\"orderId\":\"order-0002\",\"orderName\":\"x\",\"amount\":4500}", k);
        Reply again = post("/v1/payments/ready", "{\"orderId\":\"order-9999\",\"orderName\":\"y\",\"amount\":1}", k);
        assertThat(again.text()).isEqualTo(first.text());
        assertThat(get("/v1/payments/orders/order-9999").code()).isEqualTo("NOT_FOUND_PAYMENT");
    }

    @Test
    void aKeyStillRunningAnswers409AndThenTheFirstAnswer() throws Exception {
        sandbox.knobs().slow(1.0, Duration.ofMillis(800));
        String k = key();
        String body = "{\"orderId\":\"order-0003\",\"orderName\":\"x\",\"amount\":4500}";
        CompletableFuture<Reply> first = CompletableFuture.supplyAsync(() -> {
            try {
                return post("/v1/payments/ready", body, k);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300); // the first is working (slowly) on its key
        sandbox.knobs().slow(0, Duration.ZERO);
        Reply meanwhile = post("/v1/payments/ready", body, k);
        assertThat(meanwhile.status()).isEqualTo(409);
        assertThat(meanwhile.code()).isEqualTo("IDEMPOTENT_REQUEST_PROCESSING");
        Reply firstAnswer = first.get();
        assertThat(firstAnswer.status()).isEqualTo(200);
        assertThat(post("/v1/payments/ready", body, k).text()).isEqualTo(firstAnswer.text());
    }

    @Test
    void confirmAndCancelFollowTheContract() throws IOException {
        Reply r = ready("order-0005", 4500);
        String pk = r.body().get("paymentKey").asText();
        String confirm = "{\"paymentKey\":\"" + pk + "\",\"orderId\":\"order-0005\",\"amount\":4500}";
        assertThat(post("/v1/payments/confirm", confirm, key()).code()).isEqualTo("NOT_AUTHORIZED_YET");

        // the customer presses Approve on the page
        Request approve = new Request.Builder().url(r.body().get("checkoutUrl").asText() + "/approve")
                .post(new FormBody.Builder().build()).build();
        try (Response page = http.newCall(approve).execute()) {
            assertThat(page.body().string()).contains("IN_PROGRESS");
        }
        assertThat(post("/v1/payments/confirm", confirm.replace("4500", "4000"), key()).code()).isEqualTo("INVALID_AMOUNT");
        Reply done = post("/v1/payments/confirm", confirm, key());
        assertThat(done.body().get("status").asText()).isEqualTo("DONE");
        assertThat(done.body().get("approvedAt").asText()).endsWith("+09:00");
        assertThat(post("/v1/payments/confirm", confirm, key()).code()).isEqualTo("ALREADY_PROCESSED_PAYMENT");

        String cancel = "/v1/payments/" + pk + "/cancel";
        assertThat(post(cancel, "{\"cancelReason\":\"x\",\"refundableAmount\":4000}", key()).code()).isEqualTo("NOT_CANCELABLE_AMOUNT");
        Reply part = post(cancel, "{\"cancelReason\":\"x\",\"cancelAmount\":1000,\"refundableAmount\":4500}", key());
        assertThat(part.body().get("status").asText()).isEqualTo("PARTIAL_CANCELED");
        Reply rest = post(cancel, "{\"cancelReason\":\"x\",\"refundableAmount\":3500}", key());
        assertThat(rest.body().get("status").asText()).isEqualTo("CANCELED");
        assertThat(rest.body().get("balanceAmount").asLong()).isZero();
        assertThat(rest.body().get("cancels")).hasSize(2);
        Reply again = post(cancel, "{\"cancelReason\":\"x\"}", key());
        assertThat(again.status()).isEqualTo(403);
        assertThat(again.code()).isEqualTo("NOT_CANCELABLE_PAYMENT");
    }

    @Test
    void cancelOfAnOpenSessionAbortsItAndSessionsExpire() throws Exception {
        String pk = ready("order-0006", 4500).body().get("paymentKey").asText();
        Reply aborted = post("/v1/payments/" + pk + "/cancel", "{\"cancelReason\":\"customer left\"}", key());
        assertThat(aborted.body().get("status").asText()).isEqualTo("ABORTED");
        assertThat(post("/v1/payments/" + pk + "/cancel", "{\"cancelReason\":\"x\"}", key()).code())
                .isEqualTo("NOT_CANCELABLE_PAYMENT");

        sandbox.knobs().sessionExpiry(Duration.ofMillis(150));
        ready("order-0007", 4500);
        assertThat(awaitStatus("order-0007", s -> !s.equals("READY"))).isEqualTo("EXPIRED");
    }

    @Test
    void theSimulatedCustomerApprovesOrDeclines() throws Exception {
        sandbox.knobs().approveAfter(Duration.ofMillis(10)).declineRate(0.0);
        ready("order-0008", 4500);
        assertThat(awaitStatus("order-0008", s -> !s.equals("READY"))).isEqualTo("IN_PROGRESS");
        sandbox.knobs().declineRate(1.0);
        for (int i = 0; i < 6; i++) {
            ready("order-01" + i + "0", 4500);
        }
        for (int i = 0; i < 6; i++) {
            awaitStatus("order-01" + i + "0", s -> !s.equals("READY")); // the customer has acted
        }
        for (int i = 0; i < 6; i++) {
            JsonNode p = get("/v1/payments/orders/order-01" + i + "0").body();
            if (p.get("status").asText().equals("ABORTED")) {
                assertThat(p.at("/failure/code").asText()).isEqualTo("PAY_PROCESS_CANCELED");
            } else {
                assertThat(p.get("status").asText()).isEqualTo("IN_PROGRESS");
                String confirm = "{\"paymentKey\":\"" + p.get("paymentKey").asText() + "\",\"orderId\":\"order-01" + i
                        + "0\",\"amount\":4500}";
                assertThat(post("/v1/payments/confirm", confirm, key()).code()).isEqualTo("REJECT_CARD_COMPANY");
            }
        }
    }

    @Test
    void knobsAreSetThroughTheAdminEndpointAndOutageRefusesEverything() throws IOException {
        assertThat(call("POST", "/sandbox/knobs", "{\"outage\":true}", null, null).status()).isEqualTo(401);
        Reply k = call("POST", "/sandbox/knobs", "{\"outage\":true,\"failRate\":0.2,\"approveAfterSeconds\":1.5}", null, SECRET);
        assertThat(k.body().get("outage").asBoolean()).isTrue();
        assertThat(sandbox.knobs().approveAfter()).isEqualTo(Duration.ofMillis(1500));
        assertThat(sandbox.knobs().failRate()).isEqualTo(0.2);
        for (int i = 0; i < 6; i++) {
            try {
                assertThat(get("/v1/payments/orders/order-0001").status()).isEqualTo(503);
            } catch (IOException dropped) {
                assertThat(dropped).isNotNull(); // a closed connection is the other way to refuse
            }
        }
        assertThat(call("POST", "/sandbox/knobs", "{\"declineRate\":2}", null, SECRET).status()).isEqualTo(400);
        call("POST", "/sandbox/knobs", "{\"outage\":false,\"failRate\":0}", null, SECRET);
        assertThat(get("/v1/payments/orders/order-0001").status()).isEqualTo(404);
    }

    @Test
    void aDroppedConnectionStillCommits() throws IOException {
        sandbox.knobs().dropRate(1.0);
        assertThatThrownBy(() -> ready("order-0009", 4500)).isInstanceOf(IOException.class);
        sandbox.knobs().dropRate(0.0);
        assertThat(get("/v1/payments/orders/order-0009").body().get("status").asText()).isEqualTo("READY");
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(sandbox.baseUrl()).startsWith("http://127.0.0.1:");
    }
}
