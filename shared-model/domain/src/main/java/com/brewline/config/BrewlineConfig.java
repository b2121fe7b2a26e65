package com.brewline.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.brewline.kitchen.Pacing;
import com.brewline.kitchen.Station;
import com.brewline.kitchen.StationRouting;

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
        Barista barista,
        Kitchen kitchen) {

    public BrewlineConfig withDatabase(Path newDatabase) {
        return new BrewlineConfig(storeNameKo, storeNameEn, dataDir, newDatabase, menuFile, provider, circuitBreaker, kiosk, barista, kitchen);
    }

    public BrewlineConfig withMenuFile(Path newMenuFile) {
        return new BrewlineConfig(storeNameKo, storeNameEn, dataDir, database, newMenuFile, provider, circuitBreaker, kiosk, barista, kitchen);
    }

    public BrewlineConfig withProvider(Provider newProvider) {
        return new BrewlineConfig(storeNameKo, storeNameEn, dataDir, database, menuFile, newProvider, circuitBreaker, kiosk, barista, kitchen);
    }

    public BrewlineConfig withCircuitBreaker(CircuitBreaker newBreaker) {
        return new BrewlineConfig(storeNameKo, storeNameEn, dataDir, database, menuFile, provider, newBreaker, kiosk, barista, kitchen);
    }

    public BrewlineConfig withKiosk(Kiosk newKiosk) {
        return new BrewlineConfig(storeNameKo, storeNameEn, dataDir, database, menuFile, provider, circuitBreaker, newKiosk, barista, kitchen);
    }

    public BrewlineConfig withBarista(Barista newBarista) {
        return new BrewlineConfig(storeNameKo, storeNameEn, dataDir, database, menuFile, provider, circuitBreaker, kiosk, newBarista, kitchen);
    }

    public BrewlineConfig withKitchen(Kitchen newKitchen) {
        return new BrewlineConfig(storeNameKo, storeNameEn, dataDir, database, menuFile, provider, circuitBreaker, kiosk, barista, newKitchen);
    }

    public record Provider(String url, String secretKey, String secretKeyEnv, Duration connectTimeout,
                           Duration readTimeout, Duration callTimeout, int maxAttempts, Duration reconcileAfter) {
        /** Points at another provider (null: the embedded sandbox); {@code key} null keeps the configured one. */
        public Provider at(String newUrl, String key) {
            return new Provider(newUrl, key == null ? secretKey : key, secretKeyEnv, connectTimeout, readTimeout,
                    callTimeout, maxAttempts, reconcileAfter);
        }

        @Override
        public String toString() {
            return "Provider[url=" + (url == null ? "embedded sandbox" : url) + ", secretKey="
                    + (secretKey == null ? "none" : "<redacted>") + ", connectTimeout=" + connectTimeout
                    + ", readTimeout=" + readTimeout + ", callTimeout=" + callTimeout + ", maxAttempts=" + maxAttempts + "]";
        }
    }

    /** Thresholds of the resilience4j breaker around the payment provider. */
    public record CircuitBreaker(int failureRatePercent, int slowCallRatePercent, Duration slowCallThreshold,
                                 int slidingWindowSize, int minimumCalls, Duration openFor) {
    }

    /**
     * {@code inactivityTimeout} is the whole quiet time before a cart is cleared; its last
     * {@code inactivityWarning} is the visible "are you still there?" countdown.
     */
    public record Kiosk(String kioskId, String language, boolean accessibleByDefault, Duration inactivityTimeout,
                        Duration inactivityWarning, Duration accessibleInactivityTimeout, Duration doneScreenFor,
                        String staffPinHash, boolean fullScreen, boolean stopWhenNoStation) {
        public Kiosk withFullScreen(boolean full) {
            return new Kiosk(kioskId, language, accessibleByDefault, inactivityTimeout, inactivityWarning,
                    accessibleInactivityTimeout, doneScreenFor, staffPinHash, full, stopWhenNoStation);
        }

        public Kiosk withStaffPinHash(String hash) {
            return new Kiosk(kioskId, language, accessibleByDefault, inactivityTimeout, inactivityWarning,
                    accessibleInactivityTimeout, doneScreenFor, hash, fullScreen, stopWhenNoStation);
        }
    }

    /**
     * The kitchen: stations and the categories each makes (none: one station, as before), pacing limits in
     * preparation minutes (0: off), and how often screens write a heartbeat and after how long one is silent.
     */
    public record Kitchen(List<Station> stations, int pacingWarnMinutes, int pacingPauseMinutes,
                          Duration heartbeatEvery, Duration silentAfter) {
        public Kitchen {
            stations = List.copyOf(stations);
        }

        public StationRouting routing() {
            return StationRouting.of(stations);
        }

        public Pacing pacing() {
            return new Pacing(pacingWarnMinutes, pacingPauseMinutes);
        }
    }

    /** Ageing thresholds are fractions of the ticket's preparation target (1.0 = on target). */
    public record Barista(String stationId, double warningAtTargetFraction, double lateAtTargetFraction,
                          Duration readyShownFor, boolean sound) {
    }
}
