package com.brewline.config;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.brewline.kitchen.Pacing;
import com.brewline.kitchen.Station;
import com.brewline.kitchen.StationRouting;

/**
 * Everything an installation can set, in one JSON file (see README "Configuration").
 * {@code provider.url} null with {@code provider.sandbox} false: the kiosk refuses to start (no demo
 * part runs on the production path by accident). {@code timeZone} is the store's one time zone: every
 * process dates the business day and its reports with {@link #clock()}. The store is the SQLite file
 * {@code database}, or, when {@code databaseUrl} is set, that PostgreSQL server (its password from
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
        Barista barista,
        ZoneId timeZone,
        Notify notifications,
        Printer printer,
        Kitchen kitchen) {

    /** The store's clock, in the store's time zone: every process and every report uses this one. */
    public Clock clock() {
        return Clock.system(timeZone);
    }

    /** Today's date in the store's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock());
    }

    /** True when payments go to the sandbox (a demo): every screen then shows the demo mark. */
    public boolean isDemo() {
        return provider.sandbox();
    }

    public BrewlineConfig withDatabase(Path newDatabase) {
        return new BrewlineConfig(storeNameKo, storeNameEn, dataDir, newDatabase, null, null, menuFile, provider, circuitBreaker, kiosk, barista, timeZone, notifications, printer, kitchen);
    }

    /** The store on a PostgreSQL server instead of a file ({@code url} in libpq's form, no password in it). */
    public BrewlineConfig withDatabaseUrl(String url) {
        return new BrewlineConfig(storeNameKo, storeNameEn, dataDir, null, url, databasePasswordFile, menuFile, provider, circuitBreaker, kiosk, barista, timeZone, notifications, printer, kitchen);
    }

    /** Where the order store is, as {@code Stores.open} takes it: the PostgreSQL URL, else the SQLite file. */
    public String storeLocation() {
        return databaseUrl != null ? databaseUrl : database.toString();
    }

    public BrewlineConfig withMenuFile(Path newMenuFile) {
        return new BrewlineConfig(storeNameKo, storeNameEn, dataDir, database, databaseUrl, databasePasswordFile, newMenuFile, provider, circuitBreaker, kiosk, barista, timeZone, notifications, printer, kitchen);
    }

    public BrewlineConfig withProvider(Provider newProvider) {
        return new BrewlineConfig(storeNameKo, storeNameEn, dataDir, database, databaseUrl, databasePasswordFile, menuFile, newProvider, circuitBreaker, kiosk, barista, timeZone, notifications, printer, kitchen);
    }

    public BrewlineConfig withCircuitBreaker(CircuitBreaker newBreaker) {
        return new BrewlineConfig(storeNameKo, storeNameEn, dataDir, database, databaseUrl, databasePasswordFile, menuFile, provider, newBreaker, kiosk, barista, timeZone, notifications, printer, kitchen);
    }

    public BrewlineConfig withKiosk(Kiosk newKiosk) {
        return new BrewlineConfig(storeNameKo, storeNameEn, dataDir, database, databaseUrl, databasePasswordFile, menuFile, provider, circuitBreaker, newKiosk, barista, timeZone, notifications, printer, kitchen);
    }

    public BrewlineConfig withNotifications(Notify newNotify) {
        return new BrewlineConfig(storeNameKo, storeNameEn, dataDir, database, databaseUrl, databasePasswordFile, menuFile, provider, circuitBreaker, kiosk, barista, timeZone, newNotify, printer, kitchen);
    }

    public BrewlineConfig withPrinter(Printer newPrinter) {
        return new BrewlineConfig(storeNameKo, storeNameEn, dataDir, database, databaseUrl, databasePasswordFile, menuFile, provider, circuitBreaker, kiosk, barista, timeZone, notifications, newPrinter, kitchen);
    }

    public BrewlineConfig withBarista(Barista newBarista) {
        return new BrewlineConfig(storeNameKo, storeNameEn, dataDir, database, databaseUrl, databasePasswordFile, menuFile, provider, circuitBreaker, kiosk, newBarista, timeZone, notifications, printer, kitchen);
    }

    public BrewlineConfig withKitchen(Kitchen newKitchen) {
        return new BrewlineConfig(storeNameKo, storeNameEn, dataDir, database, databaseUrl, databasePasswordFile, menuFile, provider, circuitBreaker, kiosk, barista, timeZone, notifications, printer, newKitchen);
    }

    /**
     * {@code sandbox}: payments go to the bundled sandbox provider, chosen explicitly (a demo, a test):
     * with no {@code url} the kiosk runs it embedded; with a {@code url} (the demo launcher's shared
     * sandbox) the screens still show the demo mark.
     */
    public record Provider(String url, String secretKey, String secretKeyEnv, Duration connectTimeout,
                           Duration readTimeout, Duration callTimeout, int maxAttempts, Duration reconcileAfter,
                           boolean sandbox) {
        /** Points at another provider; {@code key} null keeps the configured one. */
        public Provider at(String newUrl, String key) {
            return new Provider(newUrl, key == null ? secretKey : key, secretKeyEnv, connectTimeout, readTimeout,
                    callTimeout, maxAttempts, reconcileAfter, sandbox);
        }

        /** The same provider settings, with the sandbox chosen (or not). */
        public Provider withSandbox(boolean useSandbox) {
            return new Provider(url, secretKey, secretKeyEnv, connectTimeout, readTimeout, callTimeout, maxAttempts,
                    reconcileAfter, useSandbox);
        }

        @Override
        public String toString() {
            return "Provider[url=" + (url == null ? (sandbox ? "embedded sandbox" : "none") : url)
                    + (sandbox ? " (DEMO sandbox)" : "") + ", secretKey="
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

    /**
     * Phone messages (issue 14): {@code url} null means none are sent and the kiosk asks for no number. The
     * API key comes from {@code apiKey}, the file {@code apiKeyFile} or the environment variable
     * {@code apiKeyEnv}; it is never logged ({@link #toString()} hides it).
     */
    public record Notify(String url, String apiKey, String apiKeyEnv, Duration connectTimeout, Duration readTimeout,
                         Duration callTimeout, int maxAttempts) {
        public boolean enabled() {
            return url != null;
        }

        @Override
        public String toString() {
            return "Notify[url=" + url + ", apiKey=" + (apiKey == null ? "none" : "<redacted>") + ", apiKeyEnv=" + apiKeyEnv
                    + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", callTimeout=" + callTimeout
                    + ", maxAttempts=" + maxAttempts + "]";
        }
    }

    /**
     * The receipt printer for the customer's slip (issue 14): {@code target} "none" (the default),
     * "tcp://HOST[:PORT]", or a device or file path; {@code charset} EUC-KR (or x-windows-949) for Korean
     * printers; {@code columns} of Font A per line (42 on 80 mm paper, 32 on 58 mm); {@code statusUrl} the
     * shop's status address with {orderId}, printed as the QR code (null: the order's own reference).
     */
    public record Printer(String target, String charset, int columns, Duration connectTimeout, String statusUrl) {
    }
}
