package com.brewline.notify;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the notification provider is and how patiently to talk to it. The API key never appears in
 * {@link #toString()}. Every number is bounded: a configuration cannot make a sender hang or hammer.
 *
 * @param maxAttempts attempts per send for temporary errors, the first included (1..10)
 * @param backoff     wait before the second attempt; doubled for each further one, with jitter
 */
public record NotifySettings(String baseUrl, String apiKey, Duration connectTimeout, Duration readTimeout,
                             Duration callTimeout, int maxAttempts, Duration backoff) {
    public NotifySettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("the notification provider needs an API key (notify.apiKey or its "
                    + "environment variable BREWLINE_NOTIFY_API_KEY)");
        }
        if (apiKey.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new IllegalArgumentException("the notification API key may only hold visible ASCII characters");
        }
        within("connectTimeout", connectTimeout, Duration.ofMillis(100), Duration.ofSeconds(30));
        within("readTimeout", readTimeout, Duration.ofMillis(100), Duration.ofSeconds(60));
        within("callTimeout", callTimeout, Duration.ofMillis(100), Duration.ofSeconds(120));
        within("backoff", backoff, Duration.ZERO, Duration.ofSeconds(10));
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("notify maxAttempts must be 1..10, was " + maxAttempts);
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** 2 s connect, 5 s read, 8 s per request, 3 attempts, 200 ms first backoff. */
    public static NotifySettings of(String baseUrl, String apiKey) {
        return new NotifySettings(baseUrl, apiKey, Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(8),
                3, Duration.ofMillis(200));
    }

    public NotifySettings withTimeouts(Duration connect, Duration read, Duration call) {
        return new NotifySettings(baseUrl, apiKey, connect, read, call, maxAttempts, backoff);
    }

    public NotifySettings withRetries(int attempts, Duration firstBackoff) {
        return new NotifySettings(baseUrl, apiKey, connectTimeout, readTimeout, callTimeout, attempts, firstBackoff);
    }

    /** The longest one send can take, retries and their waits included: a sender's claim must outlast it. */
    public Duration longestSend() {
        return callTimeout.multipliedBy(maxAttempts).plus(Duration.ofSeconds(2).multipliedBy(maxAttempts));
    }

    private static void within(String name, Duration d, Duration min, Duration max) {
        if (d == null || d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw new IllegalArgumentException("notify " + name + " must be " + min.toMillis() + ".." + max.toMillis()
                    + " ms, was " + (d == null ? null : d.toMillis()));
        }
    }

    @Override
    public String toString() {
        return "NotifySettings[baseUrl=" + baseUrl + ", apiKey=<redacted>, connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", callTimeout=" + callTimeout + ", maxAttempts=" + maxAttempts
                + ", backoff=" + backoff + "]";
    }
}
