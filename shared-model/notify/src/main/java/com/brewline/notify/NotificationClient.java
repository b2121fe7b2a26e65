package com.brewline.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The notification contract over OkHttp. One {@link #send} is one logical message: every attempt carries
 * the same Idempotency-Key and the same bytes; temporary errors (408, 409, 429, 5xx, time-outs, dropped
 * connections) are retried a few times with backoff, and after an answer that may have come after the
 * message was accepted (5xx, a dropped connection) the message is first looked up by its clientReference.
 * Whatever the provider answers is bounded before it is believed: bodies at most 64 KiB, ids at most 300
 * characters, Retry-After 1..3600 s. The recipient's number is never logged. Thread-safe.
 */
public final class NotificationClient implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(NotificationClient.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final int MAX_ANSWER_BYTES = 64 * 1024;
    private static final long MAX_BACKOFF_MS = 2_000;
    private static final Pattern ID = Pattern.compile("[\\x21-\\x7e]{1,300}");
    private static final Set<String> STATUSES = Set.of("ACCEPTED", "SENT", "DELIVERED", "FAILED");

    private final NotifySettings settings;
    private final OkHttpClient http;
    private final HttpUrl base;
    private final String authorization;
    private final ObjectMapper json = new ObjectMapper();
    private final Pause pause;

    /** How the client waits between two attempts: the thread sleeps; a test notes the wait and goes on at once. */
    @FunctionalInterface
    interface Pause {
        void waitFor(long millis) throws InterruptedException;
    }

    public NotificationClient(NotifySettings settings) {
        this(settings, Thread::sleep);
    }

    /** With another way of waiting between attempts (tests: the same waits, noted instead of slept). */
    NotificationClient(NotifySettings settings, Pause pause) {
        this.settings = settings;
        this.pause = pause;
        HttpUrl parsed = HttpUrl.parse(settings.baseUrl());
        if (parsed == null) {
            throw new IllegalArgumentException("notify.url is not an http(s) URL: " + settings.baseUrl());
        }
        this.base = parsed;
        this.http = new OkHttpClient.Builder()
                .retryOnConnectionFailure(false) // this class alone decides what is sent again, always with its key
                // idle connections dropped before servers close them (JDK server 30 s, proxies 60-75 s): a stale one
                // would fail a message's first attempt and cost a back-off
                .connectionPool(new ConnectionPool(5, 20, TimeUnit.SECONDS))
                .followRedirects(false)
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                .build();
        this.authorization = "Bearer " + settings.apiKey();
    }

    public NotifySettings settings() {
        return settings;
    }

    /** Sends one message with its stored key; never throws for what the provider or the network does. */
    public SendResult send(MessageRequest message, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isEmpty() || idempotencyKey.length() > 300) {
            throw new IllegalArgumentException("a message needs its stored Idempotency-Key (1..300 characters)");
        }
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(message.body());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the message body", e);
        }
        Request request = new Request.Builder().url(url("v1", "messages"))
                .post(RequestBody.create(bytes, JSON))
                .header("Authorization", authorization)
                .header("Idempotency-Key", idempotencyKey)
                .build();
        SendResult.Temporary last = null;
        boolean mayHaveBeenAccepted = false;
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            if (attempt > 1) {
                if (!pause(attempt, last.retryAfter())) {
                    break;
                }
                if (mayHaveBeenAccepted) {
                    Optional<SendResult> found = findAccepted(message.clientReference());
                    if (found.isPresent()) {
                        return found.get();
                    }
                }
            }
            SendResult result = sendOnce(request, message);
            if (!(result instanceof SendResult.Temporary temporary)) {
                if (result instanceof SendResult.Refused refused && refused.code().equals("IDEMPOTENCY_KEY_REUSED")) {
                    // Our key already carried another body (a renamed store, another version): the message may well
                    // be there. Only what the provider knows by our reference decides.
                    return findAccepted(message.clientReference()).orElse(result);
                }
                return result;
            }
            last = temporary;
            mayHaveBeenAccepted |= temporary.code().startsWith("HTTP_5") || temporary.code().equals("CONNECTION_FAILED")
                    || temporary.code().equals("TIMEOUT") || temporary.code().equals("MALFORMED_ANSWER");
            log.info("{}: temporary {} (attempt {}/{})", message, temporary.why(), attempt, settings.maxAttempts());
        }
        if (mayHaveBeenAccepted) {
            Optional<SendResult> found = findAccepted(message.clientReference());
            if (found.isPresent()) {
                return found.get();
            }
        }
        return last;
    }

    private SendResult sendOnce(Request request, MessageRequest message) {
        try (Response response = http.newCall(request).execute()) {
            int status = response.code();
            String text = bounded(response.body());
            if (response.isSuccessful()) {
                JsonNode answer = readTree(text);
                String messageId = answer == null ? null : answer.path("messageId").asText(null);
                if (messageId == null || !ID.matcher(messageId).matches()) {
                    return new SendResult.Temporary("MALFORMED_ANSWER", status + " without a readable messageId", null);
                }
                return new SendResult.Accepted(messageId, null);
            }
            String code = errorCode(text, status);
            String why = status + " " + code + errorMessage(text);
            if (status == 408 || status == 409 || status == 429 || status >= 500) {
                Duration retryAfter = status == 429 || status == 503 ? retryAfter(response.header("Retry-After")) : null;
                return new SendResult.Temporary(status >= 500 ? "HTTP_" + status : code, why, retryAfter);
            }
            if (status == 401 || status == 403) {
                // A wrong or revoked key is the shop's configuration, not this message's fault: keep the message
                // (it is retried later and expires if never fixed) and say loudly what to fix.
                log.error("the notification provider refused the API key ({}): check notify.apiKey / "
                        + "BREWLINE_NOTIFY_API_KEY", why);
                return new SendResult.Temporary("UNAUTHORIZED", why, Duration.ofMinutes(1));
            }
            if (status >= 300 && status < 400) {
                return new SendResult.Refused(status, "REDIRECT", why + ": notify.url must be the provider's API itself");
            }
            return new SendResult.Refused(status, code, why);
        } catch (java.io.InterruptedIOException e) {
            return new SendResult.Temporary("TIMEOUT", "TIMEOUT (" + e.getMessage() + ")", null);
        } catch (IOException e) {
            return new SendResult.Temporary("CONNECTION_FAILED", "CONNECTION_FAILED (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + ")", null);
        }
    }

    /** Accepted if the provider knows a message of ours by this reference (and did not lose it). */
    private Optional<SendResult> findAccepted(String clientReference) {
        try {
            return lookupByClientReference(clientReference)
                    .map(s -> new SendResult.Accepted(s.messageId(), s.channel()));
        } catch (IOException e) {
            log.info("lookup of {} failed: {}", clientReference, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * {@code GET /v1/messages?clientReference=…}. A provider that answers with a list (or an object holding
     * one) is read too; an answer for another reference is not believed.
     *
     * @return empty when the provider has no such message (404, or an empty list)
     * @throws IOException when the provider could not be asked or gave no readable answer
     */
    public Optional<MessageStatus> lookupByClientReference(String clientReference) throws IOException {
        HttpUrl url = url("v1", "messages").newBuilder().addQueryParameter("clientReference", clientReference).build();
        Request request = new Request.Builder().url(url).get().header("Authorization", authorization).build();
        try (Response response = http.newCall(request).execute()) {
            String text = bounded(response.body());
            if (response.code() == 404) {
                return Optional.empty();
            }
            if (!response.isSuccessful()) {
                throw new IOException("lookup answered " + response.code() + " " + errorCode(text, response.code()));
            }
            JsonNode answer = readTree(text);
            if (answer == null) {
                throw new IOException("lookup answered an unreadable body");
            }
            JsonNode list = answer.isArray() ? answer
                    : answer.has("messages") ? answer.get("messages") : answer.has("items") ? answer.get("items") : null;
            if (list != null) {
                for (JsonNode item : list) {
                    Optional<MessageStatus> status = status(item, clientReference);
                    if (status.isPresent()) {
                        return status;
                    }
                }
                return Optional.empty();
            }
            return status(answer, clientReference);
        }
    }

    private static Optional<MessageStatus> status(JsonNode node, String clientReference) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        String id = node.path("messageId").asText(null);
        String reference = node.path("clientReference").asText(null);
        String status = node.path("status").asText(null);
        if (id == null || !ID.matcher(id).matches() || (reference != null && !reference.equals(clientReference))) {
            return Optional.empty();
        }
        String channel = node.path("channel").asText(null);
        channel = "SMS".equals(channel) || "ALIMTALK".equals(channel) ? channel : null;
        JsonNode failure = node.path("failure");
        String failureCode = failure.isObject() ? clip(failure.path("code").asText(null), 100) : null;
        return Optional.of(new MessageStatus(id, clientReference, STATUSES.contains(status) ? status : null, channel,
                failureCode));
    }

    private JsonNode readTree(String text) {
        try {
            return text.isEmpty() ? null : json.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    private String errorCode(String text, int status) {
        JsonNode n = readTree(text);
        String code = n != null && n.isObject() ? n.path("code").asText(null) : null;
        return code != null && code.matches("[A-Z0-9_]{1,64}") ? code : "HTTP_" + status;
    }

    private String errorMessage(String text) {
        JsonNode n = readTree(text);
        String message = n != null && n.isObject() ? n.path("message").asText(null) : null;
        return message == null ? "" : ": " + clip(message, 200);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max) + "…";
    }

    /** Retry-After in seconds (an HTTP date or nonsense counts as 'not said'), bounded to 1..3600 s. */
    static Duration retryAfter(String header) {
        if (header == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(header.trim());
            return Duration.ofSeconds(Math.max(1, Math.min(3600, seconds)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String bounded(ResponseBody body) throws IOException {
        if (body == null) {
            return "";
        }
        try (InputStream in = body.byteStream()) {
            return new String(in.readNBytes(MAX_ANSWER_BYTES), StandardCharsets.UTF_8);
        }
    }

    private boolean pause(int attempt, Duration retryAfter) {
        long base = settings.backoff().toMillis() << Math.min(attempt - 2, 10);
        long wait = Math.min(MAX_BACKOFF_MS, base) + ThreadLocalRandom.current().nextLong(settings.backoff().toMillis() / 2 + 1);
        if (retryAfter != null) {
            wait = Math.max(wait, Math.min(retryAfter.toMillis(), MAX_BACKOFF_MS)); // longer waits: the outbox's backoff
        }
        try {
            pause.waitFor(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
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
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Override
    public String toString() {
        return "NotificationClient[" + settings + "]";
    }
}
