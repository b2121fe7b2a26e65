package com.brewline.sandbox.notify;

import com.brewline.sandbox.http.FirstAnswer;
import com.brewline.sandbox.http.HttpSandbox;
import com.brewline.sandbox.http.JsonExchange;
import com.brewline.sandbox.http.JsonExchange.Answer;
import com.brewline.sandbox.http.KnobsJson;
import com.brewline.sandbox.http.SandboxAdmin;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundled notification provider: a real HTTP server on 127.0.0.1 speaking the notification contract
 * (bearer auth, Idempotency-Key with the body's fingerprint, 409 while in flight, 422 for a reused key,
 * templates and their variables, recipient rules, {code, message} errors, lookups by id and by
 * clientReference), from its own memory, with knobs and a page listing what was "sent". For the demo
 * and tests; {@code brewline sandbox --notify-port} runs it alone.
 */
public final class NotificationSandbox extends HttpSandbox {
    private static final Logger log = LoggerFactory.getLogger(NotificationSandbox.class);
    private static final Pattern RECIPIENT = Pattern.compile("01[016789][0-9]{7,8}");
    private static final Pattern BY_ID = Pattern.compile("/v1/messages/([A-Za-z0-9_-]{1,100})");
    private static final Pattern VARIABLE = Pattern.compile("#\\{([A-Za-z]+)}");
    private static final int MAX_BODY = 64 * 1024;

    /** The templates registered for Brewline, as the provider keeps them ({@code #{name}}: a variable). */
    private static final Map<String, String> TEMPLATES = Map.of(
            "ORDER_PAID", "[#{storeName}] #{pickupNumber}번 주문이 접수되었습니다. 예상 대기 시간은 약 #{waitMinutes}분입니다.",
            "ORDER_READY", "[#{storeName}] #{pickupNumber}번 주문이 준비되었습니다. 픽업대에서 받아 가세요.",
            "ORDER_CANCELLED", "[#{storeName}] #{pickupNumber}번 주문이 취소되었습니다. #{refundAmount}원이 환불됩니다.",
            "ORDER_REJECTED", "[#{storeName}] 죄송합니다. #{pickupNumber}번 주문을 준비할 수 없어 취소했습니다. "
                    + "#{refundAmount}원이 환불됩니다.");

    private final String authorization;
    private final NotificationKnobs knobs;
    private final Clock clock;
    private final Map<String, Stored> messages = new ConcurrentHashMap<>();
    private final Map<String, FirstAnswer> answers = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    /** A message as the provider keeps it; its status moves on with time (accepted, sent, delivered). */
    private record Stored(long seq, String messageId, String clientReference, String templateCode, String recipient,
                          Map<String, String> variables, String alimTalkText, String fallbackText, boolean fallback,
                          boolean undeliverable, Instant acceptedAt) {
    }

    public NotificationSandbox(String apiKey, NotificationKnobs knobs) {
        this(apiKey, knobs, Clock.systemUTC());
    }

    public NotificationSandbox(String apiKey, NotificationKnobs knobs, Clock clock) {
        super("notification sandbox", "notify-sandbox-http", "INTERNAL_ERROR");
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("the notification sandbox needs an API key");
        }
        this.authorization = "Bearer " + apiKey;
        this.knobs = knobs;
        this.clock = clock;
    }

    @Override
    protected void started() {
        log.info("sandbox notification provider listening on {} ({}); sent messages: {}/sandbox/messages.html",
                baseUrl(), knobs, baseUrl());
    }

    public NotificationKnobs knobs() {
        return knobs;
    }

    /** Every message accepted, in the order accepted, as the provider's list shows it now. */
    public List<SentMessage> messages() {
        Instant now = clock.instant();
        return messages.values().stream().sorted(Comparator.comparingLong(Stored::seq)).map(m -> view(m, now)).toList();
    }

    @Override
    protected void route(HttpExchange exchange, String path) throws IOException {
        if (path.startsWith("/v1/")) {
            api(exchange, path);
        } else if (path.equals("/sandbox/messages.html") || path.equals("/sandbox/") || path.equals("/")) {
            exchange.getRequestBody().readNBytes(MAX_BODY);
            JsonExchange.sendHtml(exchange, 200, MessagesPage.render(messages()));
        } else if (path.startsWith("/sandbox/")) {
            admin(exchange, path);
        } else {
            send(exchange, new Answer(404, error("NOT_FOUND", "no such resource: " + path)));
        }
    }

    private void api(HttpExchange exchange, String path) throws IOException {
        countApiRequest();
        byte[] requestBody = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
        if (refusedUpFront(exchange, knobs.outage(), "SERVICE_UNAVAILABLE", authorization,
                new Answer(401, error("UNAUTHORIZED", "the API key is missing or wrong")))) {
            return;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (random.nextDouble() < knobs.rateLimitRate()) {
            send(exchange, new Answer(429, error("RATE_LIMITED", "too many requests"), Map.of("Retry-After", "1")));
            return;
        }
        if (random.nextDouble() < knobs.failRate()) {
            send(exchange, new Answer(500, error("INTERNAL_ERROR", "injected failure (nothing done)")));
            return;
        }
        boolean slow = random.nextDouble() < knobs.slowRate();
        String method = exchange.getRequestMethod();
        if (method.equals("GET")) {
            if (slow) {
                sleep(knobs.slowFor());
            }
            send(exchange, get(path, exchange.getRequestURI().getRawQuery()));
            return;
        }
        if (!method.equals("POST") || !path.equals("/v1/messages")) {
            send(exchange, new Answer(method.equals("POST") ? 404 : 405, error("NOT_FOUND", method + " " + path)));
            return;
        }
        if (requestBody.length > MAX_BODY) {
            send(exchange, new Answer(413, error("INVALID_REQUEST", "the body is larger than 64 KiB")));
            return;
        }
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (key == null || key.isEmpty() || key.length() > 300) {
            send(exchange, new Answer(400, error("INVALID_REQUEST", "Idempotency-Key (1..300 characters) is required")));
            return;
        }
        FirstAnswer fresh = new FirstAnswer(fingerprint(requestBody));
        FirstAnswer first = answers.putIfAbsent(key, fresh);
        if (first != null) {
            if (!first.fingerprint().equals(fresh.fingerprint())) {
                send(exchange, new Answer(422, error("IDEMPOTENCY_KEY_REUSED",
                        "this Idempotency-Key was used with another body")));
            } else if (first.inFlight()) {
                send(exchange, new Answer(409, error("REQUEST_IN_PROGRESS", "a request with this key is in progress")));
            } else {
                JsonExchange.sendBytes(exchange, first.status(), first.body(), Map.of());
            }
            return;
        }
        Answer answer;
        try {
            if (slow) {
                sleep(knobs.slowFor());
            }
            answer = accept(requestBody);
        } catch (RuntimeException e) {
            answers.remove(key);
            throw e;
        }
        fresh.settle(answer.status(), json.writeValueAsBytes(answer.body()));
        if (answer.status() == 202 && random.nextDouble() < knobs.dropRate()) {
            return; // accepted and kept, but the caller never hears it: the connection closes unanswered
        }
        JsonExchange.sendBytes(exchange, fresh.status(), fresh.body(), Map.of());
    }

    private Answer accept(byte[] requestBody) {
        JsonNode body;
        try {
            body = JsonExchange.readObject(json, requestBody);
        } catch (JsonExchange.NotAJsonObject e) {
            return invalid("INVALID_REQUEST", e.getMessage());
        }
        String template = text(body, "templateCode");
        if (template == null || !TEMPLATES.containsKey(template)) {
            return invalid("TEMPLATE_NOT_FOUND", "no template " + template);
        }
        String recipient = text(body, "recipient");
        if (recipient == null || !RECIPIENT.matcher(recipient).matches()) {
            return invalid("INVALID_RECIPIENT", "recipient must be a Korean mobile number, digits only");
        }
        JsonNode vars = body.get("variables");
        if (vars != null && !vars.isObject()) {
            return invalid("INVALID_REQUEST", "variables must be an object");
        }
        Map<String, String> variables = new LinkedHashMap<>();
        if (vars != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = vars.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isValueNode() || e.getValue().isNull() || e.getValue().asText().length() > 200) {
                    return invalid("INVALID_REQUEST", "variable " + e.getKey() + " must be a text or number up to 200 characters");
                }
                variables.put(e.getKey(), e.getValue().asText());
            }
        }
        String templateText = TEMPLATES.get(template);
        Matcher m = VARIABLE.matcher(templateText);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String value = variables.get(m.group(1));
            if (value == null) {
                return invalid("MISSING_VARIABLE", m.group(1));
            }
            m.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        m.appendTail(filled);
        String fallbackText = null;
        JsonNode fallback = body.get("fallback");
        if (fallback != null && !fallback.isNull()) {
            if (!fallback.isObject() || !"SMS".equals(text(fallback, "type")) || text(fallback, "text") == null
                    || text(fallback, "text").isBlank() || text(fallback, "text").length() > 2000) {
                return invalid("INVALID_REQUEST", "fallback must be {\"type\":\"SMS\",\"text\":\"1..2000 characters\"}");
            }
            fallbackText = text(fallback, "text");
        }
        String reference = text(body, "clientReference");
        if (reference != null && reference.length() > 300) {
            return invalid("INVALID_REQUEST", "clientReference is at most 300 characters");
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Instant now = clock.instant();
        String id = "msg_" + UUID.randomUUID().toString().replace("-", "");
        messages.put(id, new Stored(sequence.incrementAndGet(), id, reference, template, recipient, variables,
                filled.toString(), fallbackText, random.nextDouble() < knobs.fallbackRate(),
                random.nextDouble() < knobs.undeliverableRate(), now));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("messageId", id);
        answer.put("status", "ACCEPTED");
        answer.put("acceptedAt", time(now));
        return new Answer(202, answer);
    }

    private Answer get(String path, String rawQuery) {
        Instant now = clock.instant();
        Matcher m = BY_ID.matcher(path);
        if (m.matches()) {
            Stored s = messages.get(m.group(1));
            return s == null ? new Answer(404, error("NOT_FOUND", "no message " + m.group(1))) : new Answer(200, lookup(s, now));
        }
        if (path.equals("/v1/messages")) {
            String reference = query(rawQuery, "clientReference");
            if (reference == null || reference.isEmpty()) {
                return invalid("INVALID_REQUEST", "clientReference is required");
            }
            Optional<Stored> found = messages.values().stream().filter(s -> reference.equals(s.clientReference()))
                    .min(Comparator.comparingLong(Stored::seq));
            return found.map(s -> new Answer(200, lookup(s, now)))
                    .orElseGet(() -> new Answer(404, error("NOT_FOUND", "no message with this clientReference")));
        }
        return new Answer(404, error("NOT_FOUND", "no such resource: " + path));
    }

    /** {@code GET /sandbox/messages} (JSON), {@code GET|POST /sandbox/knobs}: with the API key. */
    private void admin(HttpExchange exchange, String path) throws IOException {
        byte[] requestBody = exchange.getRequestBody().readNBytes(MAX_BODY);
        new SandboxAdmin(authorization, new Answer(401, error("UNAUTHORIZED", "the API key is required")),
                "/sandbox/messages", this::messages, this::applyKnobs, this::knobsNow)
                .serve(json, exchange, path, requestBody);
    }

    /** The knobs as {@code /sandbox/knobs} shows them. */
    private Map<String, Object> knobsNow() {
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("failRate", knobs.failRate());
        k.put("dropRate", knobs.dropRate());
        k.put("rateLimitRate", knobs.rateLimitRate());
        k.put("slowRate", knobs.slowRate());
        k.put("slowSeconds", knobs.slowFor().toMillis() / 1000.0);
        k.put("fallbackRate", knobs.fallbackRate());
        k.put("undeliverableRate", knobs.undeliverableRate());
        k.put("outage", knobs.outage());
        return k;
    }

    /** Strict: an unknown knob, or a rate that is not a number (read as -1, refused by its check), is a 400. */
    private void applyKnobs(JsonNode k) {
        KnobsJson.requireObject(k);
        KnobsJson.rejectUnknown(k, Set.of("failRate", "dropRate", "rateLimitRate", "slowRate", "slowSeconds",
                "fallbackRate", "undeliverableRate", "outage"));
        KnobsJson.number(k, "failRate", -1, knobs::failRate);
        KnobsJson.number(k, "dropRate", -1, knobs::dropRate);
        KnobsJson.number(k, "rateLimitRate", -1, knobs::rateLimitRate);
        if (k.has("slowRate") || k.has("slowSeconds")) {
            double seconds = k.path("slowSeconds").asDouble(knobs.slowFor().toMillis() / 1000.0);
            if (!(seconds >= 0 && seconds <= 300)) {
                throw new IllegalArgumentException("slowSeconds must be 0..300, was " + seconds);
            }
            knobs.slow(k.path("slowRate").asDouble(knobs.slowRate()), Duration.ofMillis(Math.round(seconds * 1000)));
        }
        KnobsJson.number(k, "fallbackRate", -1, knobs::fallbackRate);
        KnobsJson.number(k, "undeliverableRate", -1, knobs::undeliverableRate);
        KnobsJson.flag(k, "outage", knobs::outage);
    }

    /** Accepted at once, handed to the carrier after 200 ms, on the phone after 1 s. */
    private String status(Stored s, Instant now) {
        Duration age = Duration.between(s.acceptedAt(), now);
        if (age.compareTo(Duration.ofMillis(200)) < 0) {
            return "ACCEPTED";
        }
        if (s.undeliverable() || (s.fallback() && s.fallbackText() == null)) {
            return "FAILED";
        }
        return age.compareTo(Duration.ofSeconds(1)) < 0 ? "SENT" : "DELIVERED";
    }

    private String channel(Stored s) {
        return s.fallback() && s.fallbackText() != null ? "SMS" : "ALIMTALK";
    }

    private Map<String, Object> lookup(Stored s, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("messageId", s.messageId());
        m.put("clientReference", s.clientReference());
        String status = status(s, now);
        m.put("status", status);
        m.put("channel", channel(s));
        m.put("updatedAt", time(now));
        if (status.equals("FAILED")) {
            m.put("failure", error(s.undeliverable() ? "UNDELIVERABLE" : "ALIMTALK_FAILED_NO_FALLBACK",
                    s.undeliverable() ? "the phone could not be reached" : "AlimTalk failed and there was no fallback"));
        }
        return m;
    }

    private SentMessage view(Stored s, Instant now) {
        String status = status(s, now);
        return new SentMessage(s.messageId(), s.clientReference(), s.templateCode(), mask(s.recipient()), s.variables(),
                channel(s).equals("SMS") ? s.fallbackText() : s.alimTalkText(), status, channel(s), time(s.acceptedAt()), time(now),
                status.equals("FAILED") ? (s.undeliverable() ? "UNDELIVERABLE" : "ALIMTALK_FAILED_NO_FALLBACK") : null);
    }

    static String mask(String digits) {
        return digits.substring(0, 3) + "-" + "*".repeat(digits.length() - 7) + "-" + digits.substring(digits.length() - 4);
    }

    private static String fingerprint(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String query(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String text(JsonNode body, String field) {
        return JsonExchange.text(body, field);
    }

    private static String time(Instant at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(ZoneId.of("Asia/Seoul")));
    }

    private static Answer invalid(String code, String message) {
        return new Answer(400, error(code, message));
    }

    private static Map<String, Object> error(String code, String message) {
        return JsonExchange.error(code, message);
    }

    private static void sleep(Duration d) {
        JsonExchange.sleep(d);
    }

    /** For the page: messages grouped as the list shows them. */
    static List<SentMessage> newestFirst(List<SentMessage> all) {
        List<SentMessage> copy = new ArrayList<>(all);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
