package com.brewline.screens;

import com.brewline.config.BrewlineConfig;
import com.brewline.kitchen.StationRouting;

import java.time.Duration;
import java.util.Locale;

/**
 * What a station or a pickup board may be told: who it is, when a ticket turns warning and late
 * (fractions of the ticket's preparation target), how long a ready number stays on the board,
 * sound on or off, the language (Korean by default), and the shop's stations ({@code routing}: which
 * station makes which item; a station screen works at the one its {@code stationId} names).
 */
public record DisplaySettings(String stationId, double warningAtTargetFraction, double lateAtTargetFraction,
                              Duration readyShownFor, boolean sound, Locale language, StationRouting routing) {
    public DisplaySettings {
        routing = routing == null ? StationRouting.single() : routing;
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

    /** At a shop with one station (no stations configured). */
    public DisplaySettings(String stationId, double warningAtTargetFraction, double lateAtTargetFraction,
                           Duration readyShownFor, boolean sound, Locale language) {
        this(stationId, warningAtTargetFraction, lateAtTargetFraction, readyShownFor, sound, language, StationRouting.single());
    }

    /** Warning at 75 % of the target, late past it; ready numbers shown for 5 minutes. */
    public static DisplaySettings defaults(String stationId) {
        return new DisplaySettings(stationId, 0.75, 1.0, Duration.ofMinutes(5), true, Locale.KOREAN,
                StationRouting.single());
    }

    public static DisplaySettings from(BrewlineConfig.Barista barista, Locale language) {
        return new DisplaySettings(barista.stationId(), barista.warningAtTargetFraction(),
                barista.lateAtTargetFraction(), barista.readyShownFor(), barista.sound(), language, StationRouting.single());
    }

    public DisplaySettings withStationId(String id) {
        return new DisplaySettings(id, warningAtTargetFraction, lateAtTargetFraction, readyShownFor, sound, language, routing);
    }

    public DisplaySettings withLanguage(Locale l) {
        return new DisplaySettings(stationId, warningAtTargetFraction, lateAtTargetFraction, readyShownFor, sound, l, routing);
    }

    public DisplaySettings withSound(boolean on) {
        return new DisplaySettings(stationId, warningAtTargetFraction, lateAtTargetFraction, readyShownFor, on, language, routing);
    }

    public DisplaySettings withReadyShownFor(Duration d) {
        return new DisplaySettings(stationId, warningAtTargetFraction, lateAtTargetFraction, d, sound, language, routing);
    }

    /** The shop's stations (the configuration's {@code stations}; none configured: one station). */
    public DisplaySettings withRouting(StationRouting r) {
        return new DisplaySettings(stationId, warningAtTargetFraction, lateAtTargetFraction, readyShownFor, sound, language, r);
    }
}
