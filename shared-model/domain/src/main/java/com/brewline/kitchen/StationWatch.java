package com.brewline.kitchen;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who is alive, as the heartbeats tell: per configured station how many of its processes are alive, and
 * which stations are silent (no process of theirs beat within {@code silentAfter}; a station that never
 * beat is silent too: we never claim more than we know).
 */
public record StationWatch(Map<String, Integer> aliveByStation, List<String> silentStations,
                           List<Heartbeat> alive, List<Heartbeat> silent) {
    public StationWatch {
        aliveByStation = Map.copyOf(aliveByStation);
        silentStations = List.copyOf(silentStations);
        alive = List.copyOf(alive);
        silent = List.copyOf(silent);
    }

    public static StationWatch of(List<Heartbeat> beats, StationRouting routing, Instant now, Duration silentAfter) {
        Map<String, Integer> aliveByStation = new TreeMap<>();
        routing.stations().forEach(s -> aliveByStation.put(s.id(), 0));
        List<Heartbeat> alive = new ArrayList<>();
        List<Heartbeat> silent = new ArrayList<>();
        for (Heartbeat beat : beats) {
            boolean isSilent = beat.isSilent(now, silentAfter);
            (isSilent ? silent : alive).add(beat);
            if (!isSilent && beat.kind() == ProcessKind.STATION && aliveByStation.containsKey(beat.stationId())) {
                aliveByStation.merge(beat.stationId(), 1, Integer::sum);
            }
        }
        List<String> silentStations = routing.stations().stream().map(Station::id)
                .filter(id -> aliveByStation.get(id) == 0).toList();
        return new StationWatch(aliveByStation, silentStations, alive, silent);
    }

    /** The kiosk-side rule: every station has been silent (for longer than the limit). */
    public boolean everyStationSilent() {
        return aliveByStation.values().stream().allMatch(n -> n == 0);
    }

    public List<Heartbeat> alive(ProcessKind kind) {
        return alive.stream().filter(b -> b.kind() == kind).toList();
    }

    public List<Heartbeat> silent(ProcessKind kind) {
        return silent.stream().filter(b -> b.kind() == kind).toList();
    }
}
