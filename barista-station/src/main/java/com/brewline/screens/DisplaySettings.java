package com.brewline.screens;

import com.brewline.config.BrewlineConfig;

import java.time.Duration;
import java.util.Locale;

/**
 * What a station or a pickup board may be told: who it is, when a ticket turns warning and late
 * (fractions of the ticket's preparation target), how long a ready number stays on the board,
 * sound on or off, and the language (Korean by default).
 */
public record DisplaySettings(String stationId, double warningAtTargetFraction, double lateAtTargetFraction,
                              Duration readyShownFor, boolean sound, Locale language) {
    public DisplaySettings {
        if (stationId == null || stationId.isBlank()) {
            throw new IllegalArgumentException("stationId must not be blank");
        }
        if (!(warningAtTargetFraction > 0 && lateAtTargetFraction > warningAtTargetFraction)) {
            throw new IllegalArgumentException("thresholds must be 0 < warning < late (fractions of the prep target), were "
                    + warningAtTargetFraction + " and " + lateAtTargetFraction);
        }
        if (readyShownFor == null || readyShownFor.isNegative() || readyShownFor.isZero()) {
            throw new IllegalArgumentException("readyShownFor must be positive, was " + readyShownFor);
        }
    }

    /** Warning at 75 % of the target, late past it; ready numbers shown for 5 minutes. */
    public static DisplaySettings defaults(String stationId) {
        return new DisplaySettings(stationId, 0.75, 1.0, Duration.ofMinutes(5), true, Locale.KOREAN);
    }

    public static DisplaySettings from(BrewlineConfig.Barista barista, Locale language) {
        return new DisplaySettings(barista.stationId(), barista.warningAtTargetFraction(),
                barista.lateAtTargetFraction(), barista.readyShownFor(), barista.sound(), language);
    }

    public DisplaySettings withStationId(String id) {
        return new DisplaySettings(id, warningAtTargetFraction, lateAtTargetFraction, readyShownFor, sound, language);
    }

    public DisplaySettings withLanguage(Locale l) {
        return new DisplaySettings(stationId, warningAtTargetFraction, lateAtTargetFraction, readyShownFor, sound, l);
    }

    public DisplaySettings withSound(boolean on) {
        return new DisplaySettings(stationId, warningAtTargetFraction, lateAtTargetFraction, readyShownFor, on, language);
    }

    public DisplaySettings withReadyShownFor(Duration d) {
        return new DisplaySettings(stationId, warningAtTargetFraction, lateAtTargetFraction, d, sound, language);
    }
}
