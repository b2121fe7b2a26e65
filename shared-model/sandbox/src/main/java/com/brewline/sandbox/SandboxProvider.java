package com.brewline.sandbox;

import com.brewline.sandbox.http.FirstAnswer;
import com.brewline.sandbox.http.HttpSandbox;
import com.brewline.sandbox.http.JsonExchange;
import com.brewline.sandbox.http.JsonExchange.Answer;
import com.brewline.sandbox.http.KnobsJson;
import com.brewline.sandbox.http.LoopbackServer;
import com.brewline.sandbox.http.SandboxAdmin;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundled payment provider: a real HTTP server on 127.0.0.1 serving the payment contract
 * exactly (auth, idempotency, statuses, expiry, cancel semantics, {code, message} errors) from
 * its own memory, with a customer approval page and the contract's knobs. Runs embedded in the
 * kiosk (the default), in tests, or alone as {@code brewline sandbox}.
 */
public final class SandboxProvider extends HttpSandbox {
    private static final Logger log = LoggerFactory.getLogger(SandboxProvider.class);
    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9_-]{6,64}");
    private static final Pattern LOOKUP_BY_ORDER = Pattern.compile("/v1/payments/orders/([^/]+)");
    private static final Pattern LOOKUP_BY_KEY = Pattern.compile("/v1/payments/([^/]+)");
    private static final Pattern CANCEL = Pattern.compile("/v1/payments/([^/]+)/cancel");
    private static final Pattern CHECKOUT = Pattern.compile("/checkout/([^/]+)(/approve|/decline)?");

    private final String authorization;
    private final SandboxKnobs knobs;
    private final Clock clock;
    private final Map<String, SandboxPayment> byKey = new ConcurrentHashMap<>();
    private final Map<String, SandboxPayment> byOrderId = new ConcurrentHashMap<>();
    private final Map<String, FirstAnswer> answers = new ConcurrentHashMap<>();
    private ScheduledExecutorService customer;

    public SandboxProvider(String secretKey, SandboxKnobs knobs) {
        this(secretKey, knobs, Clock.systemUTC());
    }

    public SandboxProvider(String secretKey, SandboxKnobs knobs, Clock clock) {
        super("sandbox", "sandbox-http", "FAILED_INTERNAL_SYSTEM_PROCESSING");
        if (secretKey == null || secretKey.isBlank()) {
            throw new IllegalArgumentException("the sandbox needs a secret key");
        }
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((secretKey + ":").getBytes(StandardCharsets.UTF_8));
        this.knobs = knobs;
        this.clock = clock;
    }

    /** The simulated customer's threads live as long as the server. */
    @Override
    protected void beforeStart() {
        customer = Executors.newScheduledThreadPool(2, r -> LoopbackServer.daemon(r, "sandbox-customer"));
    }

    @Override
    protected void started() {
        log.info("sandbox payment provider listening on {} ({})", baseUrl(), knobs);
    }

    @Override
    protected void afterStop() {
        customer.shutdownNow();
    }

    public SandboxKnobs knobs() {
        return knobs;
    }

    /** Every payment the sandbox knows, as its books say now. */
    public List<SandboxPaymentView> payments() {
        Instant now = clock.instant();
        return byKey.values().stream().map(p -> p.view(now)).toList();
    }

    public Optional<SandboxPaymentView> payment(String orderId) {
        return Optional.ofNullable(byOrderId.get(orderId)).map(p -> p.view(clock.instant()));
    }

    /** The customer approves (authorizes) on the checkout page. @return false when the session is not open */
    public boolean approve(String paymentKey) {
        SandboxPayment p = byKey.get(paymentKey);
        return p != null && p.authorize(clock.instant(), false);
    }

    /** The customer declines on the checkout page. @return false when the session is not open */
    public boolean decline(String paymentKey) {
        SandboxPayment p = byKey.get(paymentKey);
        return p != null && p.declineByCustomer(clock.instant());
    }

    @Override
    protected void route(HttpExchange exchange, String path) throws IOException {
        if (path.startsWith("/v1/")) {
            api(exchange, path);
        } else if (path.startsWith("/checkout/")) {
            checkout(exchange, path);
        } else if (path.startsWith("/sandbox/")) {
            admin(exchange, path);
        } else {
            send(exchange, new Answer(404, error("NOT_FOUND", "no such resource: " + path)));
        }
    }

    private void api(HttpExchange exchange, String path) throws IOException {
        countApiRequest();
        byte[] requestBody = exchange.getRequestBody().readAllBytes();
        if (refusedUpFront(exchange, knobs.outage(), "FAILED_INTERNAL_SYSTEM_PROCESSING", authorization,
                new Answer(401, error("UNAUTHORIZED_KEY", "인증되지 않은 시크릿 키 혹은 클라이언트 키 입니다.")))) {
            return;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (random.nextDouble() < knobs.failRate()) {
            send(exchange, new Answer(500, error("FAILED_INTERNAL_SYSTEM_PROCESSING", "injected failure (nothing done)")));
            return;
        }
        // slow answers are slow while working, so a repeated key meanwhile sees the first still running
        boolean slow = random.nextDouble() < knobs.slowRate();
        Duration slowFor = knobs.slowFor();
        String method = exchange.getRequestMethod();
        Answer answer;
        byte[] replay = null;
        int replayStatus = 0;
        if (method.equals("POST")) {
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            if (key == null || key.isBlank() || key.length() > 300) {
                send(exchange, new Answer(400, error("INVALID_REQUEST", "Idempotency-Key header (1..300 chars) is required")));
                return;
            }
            String slot = method + " " + path + " " + key;
            FirstAnswer fresh = new FirstAnswer(null);
            FirstAnswer first = answers.putIfAbsent(slot, fresh);
            if (first != null) {
                if (first.inFlight()) {
                    send(exchange, new Answer(409, error("IDEMPOTENT_REQUEST_PROCESSING", "이전 멱등 요청이 처리 중입니다.")));
                    return;
                }
                replayStatus = first.status();
                replay = first.body();
                answer = null;
            } else {
                try {
                    if (slow) {
                        sleep(slowFor);
                    }
                    answer = post(path, requestBody);
                } catch (RuntimeException e) {
                    answers.remove(slot);
                    throw e;
                }
                if (isTemporary(answer)) {
                    answers.remove(slot); // nothing happened: a retry with this key runs again
                } else {
                    fresh.settle(answer.status(), json.writeValueAsBytes(answer.body()));
                }
            }
        } else if (method.equals("GET")) {
            if (slow) {
                sleep(slowFor);
            }
            answer = get(path);
        } else {
            answer = new Answer(405, error("INVALID_REQUEST", method + " is not allowed"));
        }
        if (random.nextDouble() < knobs.dropRate()) {
            return; // done and committed, but the caller never hears it: the connection closes unanswered
        }
        if (replay != null) {
            JsonExchange.sendBytes(exchange, replayStatus, replay, Map.of());
        } else {
            send(exchange, answer);
        }
    }

    private static boolean isTemporary(Answer a) {
        return a.status() >= 500 || (a.body() instanceof Map<?, ?> m && "PROVIDER_ERROR".equals(m.get("code")));
    }

    private Answer get(String path) {
        Matcher m = LOOKUP_BY_ORDER.matcher(path);
        SandboxPayment p;
        if (m.matches()) {
            p = byOrderId.get(m.group(1));
        } else if ((m = LOOKUP_BY_KEY.matcher(path)).matches()) {
            p = byKey.get(m.group(1));
        } else {
            return new Answer(404, error("NOT_FOUND", "no such resource: " + path));
        }
        return p == null ? notFound() : new Answer(200, p.toJson(clock.instant()));
    }

    private Answer post(String path, byte[] requestBody) {
        JsonNode body;
        try {
            body = JsonExchange.readObject(json, requestBody);
        } catch (JsonExchange.NotAJsonObject e) {
            return invalid(e.getMessage());
        }
        if (path.equals("/v1/payments/ready")) {
            return ready(body);
        }
        if (path.equals("/v1/payments/confirm")) {
            return confirm(body);
        }
        Matcher m = CANCEL.matcher(path);
        if (m.matches()) {
            return cancel(m.group(1), body);
        }
        return new Answer(404, error("NOT_FOUND", "no such resource: " + path));
    }

    private Answer ready(JsonNode body) {
        String orderId = text(body, "orderId");
        String orderName = text(body, "orderName");
        Long amount = amount(body, "amount");
        Long taxFree = body.has("taxFreeAmount") ? amount(body, "taxFreeAmount") : Long.valueOf(0);
        if (orderId == null || !ORDER_ID.matcher(orderId).matches()) {
            return invalid("orderId must be 6 to 64 characters of [A-Za-z0-9_-]");
        }
        if (orderName == null || orderName.isBlank()) {
            return invalid("orderName is required");
        }
        if (amount == null || amount <= 0) {
            return invalid("amount must be a positive integer (KRW)");
        }
        if (taxFree == null || taxFree < 0 || taxFree > amount) {
            return invalid("taxFreeAmount must be an integer between 0 and amount");
        }
        Instant now = clock.instant();
        String paymentKey = "tsb_" + UUID.randomUUID().toString().replace("-", "");
        SandboxPayment fresh = new SandboxPayment(paymentKey, orderId, orderName, amount, now,
                now.plus(knobs.sessionExpiry()));
        if (byOrderId.putIfAbsent(orderId, fresh) != null) {
            return new Answer(400, error("DUPLICATED_ORDER_ID", "이미 승인 및 취소가 진행된 중복된 주문번호 입니다."));
        }
        byKey.put(paymentKey, fresh);
        scheduleSimulatedCustomer(fresh);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("paymentKey", paymentKey);
        answer.put("orderId", orderId);
        answer.put("status", "READY");
        answer.put("checkoutUrl", baseUrl() + "/checkout/" + paymentKey);
        answer.put("expiresAt", SandboxPayment.time(fresh.expiresAt));
        return new Answer(200, answer);
    }

    private void scheduleSimulatedCustomer(SandboxPayment payment) {
        Duration after = knobs.approveAfter();
        if (after == null) {
            return;
        }
        boolean decline = ThreadLocalRandom.current().nextDouble() < knobs.declineRate();
        boolean atConfirm = ThreadLocalRandom.current().nextBoolean();
        customer.schedule(() -> {
            Instant now = clock.instant();
            if (decline && !atConfirm) {
                payment.declineByCustomer(now);
            } else {
                payment.authorize(now, decline);
            }
        }, after.toNanos(), TimeUnit.NANOSECONDS);
    }

    private Answer confirm(JsonNode body) {
        String paymentKey = text(body, "paymentKey");
        String orderId = text(body, "orderId");
        Long amount = amount(body, "amount");
        if (paymentKey == null || orderId == null || amount == null) {
            return invalid("paymentKey, orderId and an integer amount are required");
        }
        SandboxPayment p = byKey.get(paymentKey);
        if (p == null) {
            return notFound();
        }
        Instant now = clock.instant();
        String refused = p.confirm(now, orderId, amount);
        if (refused == null) {
            return new Answer(200, p.toJson(now));
        }
        return switch (refused) {
            case "NOT_AUTHORIZED_YET" -> new Answer(400, error(refused, "고객이 아직 결제를 승인하지 않았습니다."));
            case "INVALID_AMOUNT" -> new Answer(400, error(refused, "결제 금액이 일치하지 않습니다."));
            case "ALREADY_PROCESSED_PAYMENT" -> new Answer(400, error(refused, "이미 처리된 결제 입니다."));
            case "REJECT_CARD_COMPANY" -> new Answer(403, error(refused, "카드사에서 승인을 거절했습니다."));
            default -> invalid("orderId does not match the payment");
        };
    }

    private Answer cancel(String paymentKey, JsonNode body) {
        String reason = text(body, "cancelReason");
        if (reason == null || reason.isBlank()) {
            return invalid("cancelReason is required");
        }
        Long cancelAmount = body.hasNonNull("cancelAmount") ? amount(body, "cancelAmount") : null;
        Long refundable = body.hasNonNull("refundableAmount") ? amount(body, "refundableAmount") : null;
        if ((body.hasNonNull("cancelAmount") && cancelAmount == null) || (body.hasNonNull("refundableAmount") && refundable == null)) {
            return invalid("cancelAmount and refundableAmount must be integers (KRW)");
        }
        SandboxPayment p = byKey.get(paymentKey);
        if (p == null) {
            return notFound();
        }
        Instant now = clock.instant();
        String refused = p.cancel(now, reason, cancelAmount, refundable, "tx_" + UUID.randomUUID().toString().replace("-", ""));
        if (refused == null) {
            return new Answer(200, p.toJson(now));
        }
        return new Answer(403, error(refused, refused.equals("NOT_CANCELABLE_AMOUNT")
                ? "취소 할 수 없는 금액 입니다." : "취소 할 수 없는 결제 입니다."));
    }

    private void checkout(HttpExchange exchange, String path) throws IOException {
        exchange.getRequestBody().readAllBytes();
        Matcher m = CHECKOUT.matcher(path);
        SandboxPayment p = m.matches() ? byKey.get(m.group(1)) : null;
        if (p == null) {
            JsonExchange.sendHtml(exchange, 404, "<!DOCTYPE html><html><body><h1>결제를 찾을 수 없습니다 · Payment not found</h1></body></html>");
            return;
        }
        String action = m.group(2);
        String notice = null;
        if (action != null) {
            if (!exchange.getRequestMethod().equals("POST")) {
                JsonExchange.sendHtml(exchange, 405, "<!DOCTYPE html><html><body>POST only</body></html>");
                return;
            }
            boolean done = action.equals("/approve") ? approve(p.paymentKey) : decline(p.paymentKey);
            notice = done ? (action.equals("/approve") ? "승인했습니다 · Approved" : "거절했습니다 · Declined")
                    : "이 결제는 더 이상 열려 있지 않습니다 · This payment is no longer open";
        }
        JsonExchange.sendHtml(exchange, 200, CheckoutPage.render(p.paymentKey, p.orderName, p.totalAmount, p.status(clock.instant()), notice));
    }

    /** {@code GET|POST /sandbox/knobs}, {@code GET /sandbox/payments}: for tests and the demo, with the secret key. */
    private void admin(HttpExchange exchange, String path) throws IOException {
        byte[] requestBody = exchange.getRequestBody().readAllBytes();
        new SandboxAdmin(authorization, new Answer(401, error("UNAUTHORIZED_KEY", "the secret key is required")),
                "/sandbox/payments", this::payments, this::applyKnobs, this::knobsNow)
                .serve(json, exchange, path, requestBody);
    }

    /** The knobs as {@code /sandbox/knobs} shows them, in the contract's order. */
    private Map<String, Object> knobsNow() {
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("approveAfterSeconds", knobs.approveAfter() == null ? null : knobs.approveAfter().toMillis() / 1000.0);
        k.put("declineRate", knobs.declineRate());
        k.put("failRate", knobs.failRate());
        k.put("dropRate", knobs.dropRate());
        k.put("slowRate", knobs.slowRate());
        k.put("slowSeconds", knobs.slowFor().toMillis() / 1000.0);
        k.put("outage", knobs.outage());
        k.put("sessionExpirySeconds", knobs.sessionExpiry().toMillis() / 1000.0);
        return k;
    }

    /** A knob that is not a number reads as 0 here (the payment contract's sandbox is lenient so). */
    private void applyKnobs(JsonNode k) {
        KnobsJson.requireObject(k);
        if (k.has("approveAfterSeconds")) {
            knobs.approveAfter(k.get("approveAfterSeconds").isNull() ? null : seconds(k.get("approveAfterSeconds").asDouble()));
        }
        KnobsJson.number(k, "declineRate", 0.0, knobs::declineRate);
        KnobsJson.number(k, "failRate", 0.0, knobs::failRate);
        KnobsJson.number(k, "dropRate", 0.0, knobs::dropRate);
        if (k.has("slowRate") || k.has("slowSeconds")) {
            knobs.slow(k.path("slowRate").asDouble(knobs.slowRate()),
                    k.has("slowSeconds") ? seconds(k.get("slowSeconds").asDouble()) : knobs.slowFor());
        }
        KnobsJson.flag(k, "outage", knobs::outage);
        if (k.has("sessionExpirySeconds")) {
            knobs.sessionExpiry(seconds(k.get("sessionExpirySeconds").asDouble()));
        }
    }

    public static Duration seconds(double seconds) {
        if (!(seconds >= 0) || seconds > 86_400) {
            throw new IllegalArgumentException("seconds must be between 0 and 86400, was " + seconds);
        }
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    /** Whole KRW only: 4500 yes, 4500.5 or "4500" no. */
    private static Long amount(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n != null && n.isIntegralNumber() && n.canConvertToLong() ? n.asLong() : null;
    }

    private static Answer invalid(String message) {
        return new Answer(400, error("INVALID_REQUEST", message));
    }

    private static Answer notFound() {
        return new Answer(404, error("NOT_FOUND_PAYMENT", "존재하지 않는 결제 정보 입니다."));
    }

    private static String text(JsonNode body, String field) {
        return JsonExchange.text(body, field);
    }

    private static Map<String, Object> error(String code, String message) {
        return JsonExchange.error(code, message);
    }

    private static void sleep(Duration d) {
        JsonExchange.sleep(d);
    }
}
