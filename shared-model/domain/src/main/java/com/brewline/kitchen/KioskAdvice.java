package com.brewline.kitchen;

import java.time.Duration;
import java.util.List;

/**
 * What a kiosk should do now, decided from the stations' heartbeats and the queue's wait:
 * <ul>
 *   <li>every station silent past the limit: warn staff ({@link #warnStaffNoStation}); with
 *       {@code kiosk.stopWhenNoStation} also take no orders, rather than take orders no one sees;</li>
 *   <li>pacing: show the wait up front past the first limit, take no new orders past the second.</li>
 * </ul>
 */
public record KioskAdvice(boolean takingOrders, Reason reason, boolean warnStaffNoStation, List<String> silentStations,
                          Pacing.Level pacing, Duration estimatedWait, int ordersAhead) {
    public KioskAdvice {
        silentStations = List.copyOf(silentStations);
    }

    /** Why the kiosk is not taking orders (OPEN when it is). */
    public enum Reason {
        OPEN,
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
        boolean noStation = watch.everyStationSilent();
        Pacing.Level level = pacing.level(queueWait, before);
        Reason reason = noStation && stopWhenNoStation ? Reason.NO_STATION
                : level == Pacing.Level.PAUSED ? Reason.PACING_PAUSED : Reason.OPEN;
        return new KioskAdvice(reason == Reason.OPEN, reason, noStation, watch.silentStations(), level, queueWait,
                ordersAhead);
    }
}
