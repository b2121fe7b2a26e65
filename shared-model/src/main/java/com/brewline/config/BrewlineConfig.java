package com.brewline.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything an installation can set, in one JSON file (see README "Configuration").
 * {@code providerUrl} null means: run the bundled sandbox provider inside the kiosk.
 */
public record BrewlineConfig(
        String storeNameKo,
        String storeNameEn,
        Path dataDir,
        Path database,
        Path menuFile,
        Provider provider,
        CircuitBreaker circuitBreaker,
        Kiosk kiosk,
        Barista barista) {

    public record Provider(String url, String secretKey, String secretKeyEnv, Duration connectTimeout,
                           Duration readTimeout, Duration callTimeout, int maxAttempts, Duration reconcileAfter) {
    }

    /** Thresholds of the resilience4j breaker around the payment provider. */
    public record CircuitBreaker(int failureRatePercent, int slowCallRatePercent, Duration slowCallThreshold,
                                 int slidingWindowSize, int minimumCalls, Duration openFor) {
    }

    public record Kiosk(String kioskId, String language, boolean accessibleByDefault, Duration inactivityTimeout,
                        Duration inactivityWarning, Duration accessibleInactivityTimeout, Duration doneScreenFor,
                        String staffPinHash, boolean fullScreen) {
    }

    /** Ageing thresholds are fractions of the ticket's preparation target (1.0 = on target). */
    public record Barista(String stationId, double warningAtTargetFraction, double lateAtTargetFraction,
                          Duration readyShownFor, boolean sound) {
    }
}
