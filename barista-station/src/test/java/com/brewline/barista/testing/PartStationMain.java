package com.brewline.barista.testing;

import com.brewline.kitchen.ExpoOrder;
import com.brewline.kitchen.ProcessKind;
import com.brewline.kitchen.Station;
import com.brewline.kitchen.StationRouting;
import com.brewline.store.sqlite.SqliteStore;
import com.brewline.watch.HeartbeatWriter;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A station process for the kitchen's screen tests: {@code DB ROUTING STATION MODE STOPFILE}, ROUTING as
 * {@code bar=coffee;cold=ade-smoothie}, MODE {@code bump} (claim and bump every part) or {@code claim} (claim
 * only, so the expo shows the parts in preparation). Beats every 200 ms; prints "CLAIMED id" and "BUMPED id";
 * ends when the stop file exists.
 */
public final class PartStationMain {
    private PartStationMain() {
    }

    public static StationRouting routing(String spec) {
        List<Station> stations = new ArrayList<>();
        for (String part : spec.split(";")) {
            String[] kv = part.split("=");
            stations.add(new Station(kv[0], kv[0], Arrays.asList(kv[1].split(","))));
        }
        return StationRouting.of(stations);
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        StationRouting routing = routing(args[1]);
        String station = args[2];
        boolean bump = args[3].equals("bump");
        Path stop = Path.of(args[4]);
        try (SqliteStore store = SqliteStore.open(Path.of(args[0]), Clock.systemUTC());
             HeartbeatWriter beats = HeartbeatWriter.start(store, ProcessKind.STATION, station + "-screen", station,
                     Duration.ofMillis(200), Clock.systemUTC(), () -> new HeartbeatWriter.Observation() {
                     })) {
            out.println("STARTED");
            while (!Files.exists(stop)) {
                Optional<ExpoOrder> claimed = store.stations().claimNext(routing, station, station + "-screen");
                if (claimed.isEmpty()) {
                    Thread.sleep(20);
                    continue;
                }
                long id = claimed.get().order().id();
                out.println("CLAIMED " + id);
                if (bump) {
                    store.stations().bump(id, routing, station, station + "-screen");
                    out.println("BUMPED " + id);
                }
            }
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }
}
