package com.brewline.kitchen;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who is alive, as the heartbeats tell: per configured station how many of its processes are alive, which
 * stations are silent, and which are not yet known.
 * <p>
 * A station that beat is alive while its newest beat is within {@code silentAfter}, silent after that. A station
 * that never beat gets the same grace counted from the watcher's own start: it is <em>not yet known</em> until the
 * watcher has been watching for {@code silentAfter} (a kiosk started a moment before its station must not alarm
 * staff), and silent after that. Not yet known is never alive: we never claim more than we know.
 */
public record StationWatch(Map<String, Integer> aliveByStation, List<String> silentStations,
                           List<String> unknownStations, List<Heartbeat> alive, List<Heartbeat> silent) {
    public StationWatch {
        aliveByStation = Map.copyOf(aliveByStation);
        silentStations = List.copyOf(silentStations);
        unknownStations = List.copyOf(unknownStations);
        alive = List.copyOf(alive);
        silent = List.copyOf(silent);
    }

    /** As seen by a watcher that has been watching long enough: a station that never beat is silent. */
    public static StationWatch of(List<Heartbeat> beats, StationRouting routing, Instant now, Duration silentAfter) {
        return of(beats, routing, now, silentAfter, null);
    }

    /**
     * @param watchedFor how long the watcher (the kiosk) has been up, by a clock that does not jump; null for
     *                   "long enough" (no grace for stations never seen)
     */
    public static StationWatch of(List<Heartbeat> beats, StationRouting routing, Instant now, Duration silentAfter,
                                  Duration watchedFor) {
        Map<String, Integer> aliveByStation = new TreeMap<>();
        routing.stations().forEach(s -> aliveByStation.put(s.id(), 0));
        Set<String> everBeat = new HashSet<>();
        List<Heartbeat> alive = new ArrayList<>();
        List<Heartbeat> silent = new ArrayList<>();
        for (Heartbeat beat : beats) {
            boolean isSilent = beat.isSilent(now, silentAfter);
            (isSilent ? silent : alive).add(beat);
            if (beat.kind() == ProcessKind.STATION && aliveByStation.containsKey(beat.stationId())) {
                everBeat.add(beat.stationId());
                if (!isSilent) {
                    aliveByStation.merge(beat.stationId(), 1, Integer::sum);
                }
            }
        }
        boolean inGrace = inStartGrace(watchedFor, silentAfter);
        List<String> silentStations = new ArrayList<>();
        List<String> unknownStations = new ArrayList<>();
        for (Station station : routing.stations()) {
            String id = station.id();
            if (aliveByStation.get(id) == 0) {
                (inGrace && !everBeat.contains(id) ? unknownStations : silentStations).add(id);
            }
        }
        return new StationWatch(aliveByStation, silentStations, unknownStations, alive, silent);
    }

    /**
     * The start grace, for any process a watcher has never seen (a station, a kiosk): while the watcher has been up
     * no longer than {@code silentAfter}, a process it has not seen is not yet known, never silent.
     *
     * @param watchedFor how long the watcher has been up, by a clock that does not jump; null for "long enough"
     */
    public static boolean inStartGrace(Duration watchedFor, Duration silentAfter) {
        return watchedFor != null && watchedFor.compareTo(silentAfter) <= 0;
    }

    /** No station is alive (each is silent or not yet known): no one is known to see a new order. */
    public boolean noStationAlive() {
        return aliveByStation.values().stream().allMatch(n -> n == 0);
    }

    /** Every station is known to be silent (none alive, none still in its grace): the kiosk warns staff. */
    public boolean everyStationSilent() {
        return noStationAlive() && unknownStations.isEmpty();
    }

    public List<Heartbeat> alive(ProcessKind kind) {
        return alive.stream().filter(b -> b.kind() == kind).toList();
    }

    public List<Heartbeat> silent(ProcessKind kind) {
        return silent.stream().filter(b -> b.kind() == kind).toList();
    }
}
