package com.brewline.kiosk.common;

import com.brewline.config.BrewlineConfig;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * What one kiosk installation can set. {@code idleBeforeWarning} is the quiet time before the
 * "are you still there?" warning; {@code warningFor} is that warning's countdown (never under 20 s,
 * so nobody loses a cart without a fair chance); accessible mode uses the longer idle time.
 */
public record KioskSettings(String kioskId, String storeNameKo, String storeNameEn, Locale language,
                            boolean accessibleByDefault, Duration idleBeforeWarning, Duration accessibleIdleBeforeWarning,
                            Duration warningFor, Duration doneScreenFor, String staffPinHash, boolean fullScreen,
                            int baristas) {
    public static final Duration MIN_WARNING = Duration.ofSeconds(20);
    public static final Locale KOREAN = Locale.KOREAN;
    public static final Locale ENGLISH = Locale.ENGLISH;

    public KioskSettings {
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(storeNameKo, "storeNameKo");
        Objects.requireNonNull(storeNameEn, "storeNameEn");
        // staffPinHash null: no staff PIN set, so the staff exit refuses (ADR 0013)
        language = "en".equals(language == null ? "ko" : language.getLanguage()) ? ENGLISH : KOREAN;
        if (warningFor.compareTo(MIN_WARNING) < 0) {
            throw new IllegalArgumentException("kiosk.inactivityWarning must be at least 20 s, was " + warningFor);
        }
        if (idleBeforeWarning.isNegative() || idleBeforeWarning.isZero()) {
            throw new IllegalArgumentException("kiosk.inactivityTimeout must be positive, was " + idleBeforeWarning);
        }
        if (accessibleIdleBeforeWarning.compareTo(idleBeforeWarning) < 0) {
            throw new IllegalArgumentException("kiosk.accessibleInactivityTimeout (" + accessibleIdleBeforeWarning
                    + ") must not be shorter than kiosk.inactivityTimeout (" + idleBeforeWarning + ")");
        }
        if (baristas < 1) {
            throw new IllegalArgumentException("baristas must be at least 1, was " + baristas);
        }
    }

    /**
     * The settings of the configuration file. Its inactivity times are the whole quiet time before
     * the cart is cleared, so the warning's countdown comes off them here.
     */
    public static KioskSettings from(BrewlineConfig config) {
        BrewlineConfig.Kiosk k = config.kiosk();
        return new KioskSettings(k.kioskId(), config.storeNameKo(), config.storeNameEn(),
                "en".equals(k.language()) ? ENGLISH : KOREAN, k.accessibleByDefault(),
                k.inactivityTimeout().minus(k.inactivityWarning()),
                k.accessibleInactivityTimeout().minus(k.inactivityWarning()),
                k.inactivityWarning(), k.doneScreenFor(), k.staffPinHash(), k.fullScreen(), 1);
    }

    public KioskSettings withTimes(Duration idle, Duration accessibleIdle, Duration warning, Duration done) {
        return new KioskSettings(kioskId, storeNameKo, storeNameEn, language, accessibleByDefault, idle, accessibleIdle,
                warning, done, staffPinHash, fullScreen, baristas);
    }

    public KioskSettings withFullScreen(boolean full) {
        return new KioskSettings(kioskId, storeNameKo, storeNameEn, language, accessibleByDefault, idleBeforeWarning,
                accessibleIdleBeforeWarning, warningFor, doneScreenFor, staffPinHash, full, baristas);
    }

    public KioskSettings withStart(Locale startLanguage, boolean accessible) {
        return new KioskSettings(kioskId, storeNameKo, storeNameEn, startLanguage, accessible, idleBeforeWarning,
                accessibleIdleBeforeWarning, warningFor, doneScreenFor, staffPinHash, fullScreen, baristas);
    }
}
