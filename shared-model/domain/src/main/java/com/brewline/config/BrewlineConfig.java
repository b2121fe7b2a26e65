package com.brewline.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything an installation can set, in one JSON file (see README "Configuration").
 * {@code providerUrl} null means: run the bundled sandbox provider inside the kiosk. The store is the SQLite
 * file {@code database}, or, when {@code databaseUrl} is set, that PostgreSQL server (its password from
 * {@code databasePasswordFile} or the environment, never from the file itself).
 */
public record BrewlineConfig(
        String storeNameKo,
        String storeNameEn,
        Path dataDir,
        Path database,
        String databaseUrl,
        Path databasePasswordFile,
        Path menuFile,
        Provider provider,
        CircuitBreaker circuitBreaker,
        Kiosk kiosk,
        Barista barista) {

    public BrewlineConfig withDatabase(Path newDatabase) {
        return new BrewlineConfig(storeNameKo, storeNameEn, dataDir, newDatabase, null, null, menuFile, provider, circuitBreaker, kiosk, barista);
    }

    /** The store on a PostgreSQL server instead of a file ({@code url} in libpq's form, no password in it). */
    public BrewlineConfig withDatabaseUrl(String url) {
        return new BrewlineConfig(storeNameKo, storeNameEn, dataDir, null, url, databasePasswordFile, menuFile, provider, circuitBreaker, kiosk, barista);
    }

    /** Where the order store is, as {@code Stores.open} takes it: the PostgreSQL URL, else the SQLite file. */
    public String storeLocation() {
        return databaseUrl != null ? databaseUrl : database.toString();
    }

    public BrewlineConfig withMenuFile(Path newMenuFile) {
        return new BrewlineConfig(storeNameKo, storeNameEn, dataDir, database, databaseUrl, databasePasswordFile, newMenuFile, provider, circuitBreaker, kiosk, barista);
    }

    public BrewlineConfig withProvider(Provider newProvider) {
        return new BrewlineConfig(storeNameKo, storeNameEn, dataDir, database, databaseUrl, databasePasswordFile, menuFile, newProvider, circuitBreaker, kiosk, barista);
    }

    public BrewlineConfig withCircuitBreaker(CircuitBreaker newBreaker) {
        return new BrewlineConfig(storeNameKo, storeNameEn, dataDir, database, databaseUrl, databasePasswordFile, menuFile, provider, newBreaker, kiosk, barista);
    }

    public BrewlineConfig withKiosk(Kiosk newKiosk) {
        return new BrewlineConfig(storeNameKo, storeNameEn, dataDir, database, databaseUrl, databasePasswordFile, menuFile, provider, circuitBreaker, newKiosk, barista);
    }

    public BrewlineConfig withBarista(Barista newBarista) {
        return new BrewlineConfig(storeNameKo, storeNameEn, dataDir, database, databaseUrl, databasePasswordFile, menuFile, provider, circuitBreaker, kiosk, newBarista);
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
                        String staffPinHash, boolean fullScreen) {
        public Kiosk withFullScreen(boolean full) {
            return new Kiosk(kioskId, language, accessibleByDefault, inactivityTimeout, inactivityWarning,
                    accessibleInactivityTimeout, doneScreenFor, staffPinHash, full);
        }

        public Kiosk withStaffPinHash(String hash) {
            return new Kiosk(kioskId, language, accessibleByDefault, inactivityTimeout, inactivityWarning,
                    accessibleInactivityTimeout, doneScreenFor, hash, fullScreen);
        }
    }

    /** Ageing thresholds are fractions of the ticket's preparation target (1.0 = on target). */
    public record Barista(String stationId, double warningAtTargetFraction, double lateAtTargetFraction,
                          Duration readyShownFor, boolean sound) {
    }
}
