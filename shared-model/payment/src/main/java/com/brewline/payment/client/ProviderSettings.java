package com.brewline.payment.client;

import com.brewline.config.BrewlineConfig;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the provider is and how patiently to talk to it. The secret key never appears in
 * {@link #toString()} (this record is logged at start-up).
 *
 * @param maxAttempts attempts per logical call for temporary errors, the first included
 * @param backoff     wait before the second attempt; doubled for each further one (with jitter)
 */
public record ProviderSettings(String baseUrl, String secretKey, Duration connectTimeout, Duration readTimeout,
                               Duration callTimeout, int maxAttempts, Duration backoff) {
    public ProviderSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (secretKey == null || secretKey.isBlank()) {
            throw new IllegalArgumentException("the payment provider needs a secret key (provider.secretKey or its environment variable)");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Defaults of the configuration file: 2 s connect, 5 s read, 10 s per call, 3 attempts, 200 ms backoff. */
    public static ProviderSettings of(String baseUrl, String secretKey) {
        return new ProviderSettings(baseUrl, secretKey, Duration.ofSeconds(2), Duration.ofSeconds(5),
                Duration.ofSeconds(10), 3, Duration.ofMillis(200));
    }

    public static ProviderSettings from(BrewlineConfig.Provider p, String baseUrl) {
        return new ProviderSettings(baseUrl, p.secretKey(), p.connectTimeout(), p.readTimeout(), p.callTimeout(),
                p.maxAttempts(), Duration.ofMillis(200));
    }

    public ProviderSettings withTimeouts(Duration connect, Duration read, Duration call) {
        return new ProviderSettings(baseUrl, secretKey, connect, read, call, maxAttempts, backoff);
    }

    public ProviderSettings withRetries(int attempts, Duration firstBackoff) {
        return new ProviderSettings(baseUrl, secretKey, connectTimeout, readTimeout, callTimeout, attempts, firstBackoff);
    }

    @Override
    public String toString() {
        return "ProviderSettings[baseUrl=" + baseUrl + ", secretKey=<redacted>, connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", callTimeout=" + callTimeout + ", maxAttempts=" + maxAttempts
                + ", backoff=" + backoff + "]";
    }
}
