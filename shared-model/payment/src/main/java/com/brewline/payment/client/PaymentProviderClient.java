package com.brewline.payment.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Every call of the payment contract over OkHttp, behind one circuit breaker. Each POST carries the
 * Idempotency-Key the caller stored with the order, and every retry reuses it. OkHttp's silent
 * retry on connection failure is off: this class alone decides what is retried, and only the
 * contract's temporary errors are. Thread-safe.
 */
public final class PaymentProviderClient implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PaymentProviderClient.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final long MAX_BACKOFF_MS = 2_000;

    private final ProviderSettings settings;
    private final CircuitBreaker breaker;
    private final OkHttpClient http;
    private final HttpUrl base;
    private final String authorization;
    private final ObjectMapper json = new ObjectMapper();
    private final boolean ownsHttp;

    public PaymentProviderClient(ProviderSettings settings, CircuitBreaker breaker) {
        this(settings, breaker, new OkHttpClient.Builder().connectionPool(keptAliveBelowServersIdleClose()).build(), true);
    }

    /**
     * Idle connections are dropped after 20 s, before servers commonly close them (30 s for the JDK's server under
     * the sandboxes, 60-75 s for common proxies): a kept-alive connection the server closed would fail the next
     * call's first attempt ("unexpected end of stream"), costing a retry and a back-off.
     */
    static ConnectionPool keptAliveBelowServersIdleClose() {
        return new ConnectionPool(5, 20, TimeUnit.SECONDS);
    }

    /** {@code shared} lends its connection pool and dispatcher; its timeouts and retry flag are replaced. */
    public PaymentProviderClient(ProviderSettings settings, CircuitBreaker breaker, OkHttpClient shared) {
        this(settings, breaker, shared, false);
    }

    private PaymentProviderClient(ProviderSettings settings, CircuitBreaker breaker, OkHttpClient shared, boolean owns) {
        this.ownsHttp = owns;
        this.settings = settings;
        this.breaker = breaker;
        this.base = HttpUrl.get(settings.baseUrl());
        this.http = shared.newBuilder()
                .retryOnConnectionFailure(false)
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                .build();
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((settings.secretKey() + ":").getBytes(StandardCharsets.UTF_8));
    }

    public ProviderSettings settings() {
        return settings;
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    /** True while the breaker refuses calls: nothing would be sent. */
    public boolean isOpen() {
        CircuitBreaker.State state = breaker.getState();
        return state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN;
    }

    /** Opens the session the customer approves. A retry with the same key gets the first answer. */
    public ReadySession ready(String orderId, String orderName, long amount, long taxFreeAmount, String idempotencyKey) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", orderId);
        body.put("orderName", orderName);
        body.put("amount", amount);
        body.put("taxFreeAmount", taxFreeAmount);
        return post("ready", url("v1", "payments", "ready"), body, idempotencyKey, false, ReadySession.class);
    }

    /** @return empty when the provider has no payment for this order id (404 NOT_FOUND_PAYMENT) */
    public Optional<Payment> lookupByOrderId(String orderId) {
        return lookup(url("v1", "payments", "orders", orderId));
    }

    public Optional<Payment> lookupByPaymentKey(String paymentKey) {
        return lookup(url("v1", "payments", paymentKey));
    }

    /**
     * Confirms an authorized session for {@code amount}.
     *
     * @throws ProviderUnknownException when it may or may not have happened: look the payment up
     */
    public Payment confirm(String paymentKey, String orderId, long amount, String idempotencyKey) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("paymentKey", paymentKey);
        body.put("orderId", orderId);
        body.put("amount", amount);
        return post("confirm", url("v1", "payments", "confirm"), body, idempotencyKey, true, Payment.class);
    }

    /**
     * Cancels (refunds) a payment, or aborts a session not yet confirmed.
     *
     * @param cancelAmount     null for the whole balance
     * @param refundableAmount the balance the caller believes is left; the provider refuses
     *                         (403 NOT_CANCELABLE_AMOUNT) when it differs, so a repeat never pays twice
     * @throws ProviderUnknownException when it may or may not have happened: look the payment up
     */
    public Payment cancel(String paymentKey, String cancelReason, Long cancelAmount, Long refundableAmount,
                          String idempotencyKey) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cancelReason", cancelReason);
        if (cancelAmount != null) {
            body.put("cancelAmount", cancelAmount);
        }
        if (refundableAmount != null) {
            body.put("refundableAmount", refundableAmount);
        }
        return post("cancel", url("v1", "payments", paymentKey, "cancel"), body, idempotencyKey, true, Payment.class);
    }

    private Optional<Payment> lookup(HttpUrl url) {
        Request request = new Request.Builder().url(url).get().header("Authorization", authorization).build();
        try {
            return Optional.of(execute("lookup", request, false, Payment.class));
        } catch (ProviderDeclinedException e) {
            if (ProviderErrors.NOT_FOUND_PAYMENT.equals(e.code())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private <T> T post(String operation, HttpUrl url, Map<String, Object> body, String idempotencyKey,
                       boolean unknownWhenExhausted, Class<T> type) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 300) {
            throw new IllegalArgumentException(operation + " needs the Idempotency-Key stored with the order (1..300 chars)");
        }
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + operation + " body", e);
        }
        Request request = new Request.Builder().url(url)
                .post(RequestBody.create(bytes, JSON))
                .header("Authorization", authorization)
                .header("Idempotency-Key", idempotencyKey)
                .build();
        return execute(operation, request, unknownWhenExhausted, type);
    }

    /** One logical call: the same request (same key) sent up to maxAttempts times for temporary errors. */
    private <T> T execute(String operation, Request request, boolean unknownWhenExhausted, Class<T> type) {
        String lastCode = null;
        String lastMessage = null;
        Exception lastCause = null;
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            if (attempt > 1 && !pause(attempt)) {
                lastMessage = "interrupted while waiting to retry";
                break;
            }
            if (!breaker.tryAcquirePermission()) {
                if (attempt == 1) {
                    throw new ProviderUnavailableException("payment provider circuit is " + breaker.getState()
                            + ": " + operation + " not sent");
                }
                lastMessage = "circuit opened while retrying: " + lastMessage;
                break;
            }
            long start = System.nanoTime();
            try (Response response = http.newCall(request).execute()) {
                long took = System.nanoTime() - start;
                int status = response.code();
                String text = bodyText(response.body());
                if (response.isSuccessful()) {
                    T value;
                    try {
                        value = json.readValue(text, type);
                    } catch (IOException e) {
                        breaker.onError(took, TimeUnit.NANOSECONDS, e);
                        lastCode = "MALFORMED_ANSWER";
                        lastMessage = status + " with an unreadable body";
                        lastCause = e;
                        continue;
                    }
                    breaker.onSuccess(took, TimeUnit.NANOSECONDS);
                    log.debug("{} {} -> {} (attempt {})", operation, request.url().encodedPath(), status, attempt);
                    return value;
                }
                ProviderError error = parseError(text, status);
                if (ProviderErrors.isTemporary(status, error.code())) {
                    if (status == 409) {
                        // The provider is healthy, it is still working on our own first request.
                        breaker.onSuccess(took, TimeUnit.NANOSECONDS);
                    } else {
                        breaker.onError(took, TimeUnit.NANOSECONDS, new IOException(status + " " + error.code()));
                    }
                    lastCode = error.code();
                    lastMessage = status + " " + error.code() + ": " + error.message();
                    lastCause = null;
                    log.info("{} {}: temporary {} (attempt {}/{})", operation, request.url().encodedPath(), lastMessage,
                            attempt, settings.maxAttempts());
                    continue;
                }
                breaker.onSuccess(took, TimeUnit.NANOSECONDS);
                if (status == 401) {
                    log.error("payment provider refused the secret key (401 {}): check provider.secretKey", error.code());
                }
                throw new ProviderDeclinedException(status, error.code(), error.message());
            } catch (IOException e) {
                long took = System.nanoTime() - start;
                breaker.onError(took, TimeUnit.NANOSECONDS, e);
                lastCode = e instanceof InterruptedIOException ? ProviderErrors.TIMEOUT : ProviderErrors.CONNECTION_FAILED;
                lastMessage = lastCode + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
                lastCause = e;
                log.info("{} {}: {} (attempt {}/{})", operation, request.url().encodedPath(), lastMessage, attempt,
                        settings.maxAttempts());
            }
        }
        if (unknownWhenExhausted) {
            throw new ProviderUnknownException(operation, String.valueOf(lastMessage), lastCause);
        }
        throw new ProviderTemporaryException(lastCode, operation + " failed: " + lastMessage, lastCause);
    }

    private boolean pause(int attempt) {
        long base = settings.backoff().toMillis() << Math.min(attempt - 2, 10);
        long wait = Math.min(MAX_BACKOFF_MS, base) + ThreadLocalRandom.current().nextLong(settings.backoff().toMillis() / 2 + 1);
        try {
            Thread.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private ProviderError parseError(String text, int status) {
        try {
            ProviderError error = json.readValue(text, ProviderError.class);
            if (error != null && error.code() != null) {
                return error;
            }
        } catch (IOException | RuntimeException ignored) {
            // Not the contract's {code, message}: a proxy's page, say. Keep the status.
        }
        return new ProviderError("HTTP_" + status, "HTTP " + status);
    }

    private static String bodyText(ResponseBody body) throws IOException {
        return body == null ? "" : body.string();
    }

    private HttpUrl url(String... segments) {
        HttpUrl.Builder b = base.newBuilder();
        for (String s : segments) {
            b.addPathSegment(s);
        }
        return b.build();
    }

    @Override
    public void close() {
        if (!ownsHttp) {
            return;
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Override
    public String toString() {
        return "PaymentProviderClient[" + settings + "]";
    }
}
