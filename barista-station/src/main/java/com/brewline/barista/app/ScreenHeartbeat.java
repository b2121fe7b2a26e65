package com.brewline.barista.app;

import com.brewline.config.BrewlineConfig;
import com.brewline.display.FxPulse;
import com.brewline.kitchen.ProcessKind;
import com.brewline.kitchen.StationRouting;
import com.brewline.store.BrewlineStore;
import com.brewline.watch.HeartbeatWriter;

import java.time.Clock;
import java.time.Duration;

/**
 * The heartbeat of a station or pickup-board process (issue 12): beats only while its window answers
 * ({@link FxPulse}), so the kiosks see a frozen or closed screen as silent.
 */
public final class ScreenHeartbeat {
    /** A screen that takes longer than this to answer is not beating. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);

    private ScreenHeartbeat() {
    }

    /**
     * The routing station a station process works at: the one station of a shop without stations, else the
     * configured station named by its id (barista.stationId or --station); null for a screen that works at none
     * (an expo screen).
     */
    public static String routingStation(StationRouting routing, String stationId) {
        if (routing.isSingle()) {
            return routing.stations().get(0).id();
        }
        return routing.station(stationId).map(s -> s.id()).orElse(null);
    }

    /** How the heartbeat names a screen process. */
    public static String name(ProcessKind kind, String stationId) {
        return switch (kind) {
            case PICKUP_BOARD -> "board@" + stationId;
            case EXPO -> "expo@" + stationId;
            default -> stationId;
        };
    }

    public static HeartbeatWriter start(BrewlineStore store, BrewlineConfig config, ProcessKind kind, String name,
                                        String stationId, Clock clock) {
        return HeartbeatWriter.start(store, kind, name, stationId, config.kitchen().heartbeatEvery(), clock, () -> {
            Duration answered = FxPulse.check(ANSWER_WITHIN);
            return new HeartbeatWriter.Observation() {
                @Override
                public String lastSaw() {
                    return "screen answered in " + answered.toMillis() + " ms";
                }
            };
        });
    }
}
