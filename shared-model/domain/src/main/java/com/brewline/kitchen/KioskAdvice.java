package com.brewline.kitchen;

import java.time.Duration;
import java.util.List;

/**
 * What a kiosk should do now, decided from the stations' heartbeats and the queue's wait:
 * <ul>
 *   <li>every station silent past the limit: warn staff ({@link #warnStaffNoStation});</li>
 *   <li>no station alive (silent, or not yet known in the kiosk's first {@code silentAfter}): with
 *       {@code kiosk.stopWhenNoStation} take no orders, rather than take orders no one may see. A station not yet
 *       known does not alarm staff, but it is not taken for alive either ({@link StationWatch});</li>
 *   <li>pacing: show the wait up front past the first limit, take no new orders past the second.</li>
 * </ul>
 */
public record KioskAdvice(boolean takingOrders, Reason reason, boolean warnStaffNoStation, List<String> silentStations,
                          List<String> unknownStations, Pacing.Level pacing, Duration estimatedWait, int ordersAhead) {
    public KioskAdvice {
        silentStations = List.copyOf(silentStations);
        unknownStations = List.copyOf(unknownStations);
    }

    /** Why the kiosk is not taking orders (OPEN when it is). */
    public enum Reason {
        OPEN,
        /** No station alive (silent, or not yet known) and {@code kiosk.stopWhenNoStation}. */
        NO_STATION,
        PACING_PAUSED
    }

    public boolean showWait() {
        return pacing != Pacing.Level.NORMAL;
    }

    public static KioskAdvice decide(StationWatch watch, Duration queueWait, int ordersAhead, Pacing pacing,
                                     boolean stopWhenNoStation) {
        return decide(watch, queueWait, ordersAhead, pacing, stopWhenNoStation, Pacing.Level.NORMAL);
    }

    /** As above, after a check that found the pacing at {@code before} (a pause holds until the wait clearly falls). */
    public static KioskAdvice decide(StationWatch watch, Duration queueWait, int ordersAhead, Pacing pacing,
                                     boolean stopWhenNoStation, Pacing.Level before) {
        Pacing.Level level = pacing.level(queueWait, before);
        Reason reason = watch.noStationAlive() && stopWhenNoStation ? Reason.NO_STATION
                : level == Pacing.Level.PAUSED ? Reason.PACING_PAUSED : Reason.OPEN;
        return new KioskAdvice(reason == Reason.OPEN, reason, watch.everyStationSilent(), watch.silentStations(),
                watch.unknownStations(), level, queueWait, ordersAhead);
    }
}
