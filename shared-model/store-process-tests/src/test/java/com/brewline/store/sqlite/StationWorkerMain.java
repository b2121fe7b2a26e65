package com.brewline.store.sqlite;

import com.brewline.kitchen.ExpoOrder;
import com.brewline.kitchen.Station;
import com.brewline.kitchen.StationRouting;
import com.brewline.kitchen.ProcessKind;
import com.brewline.store.BrewlineStore;
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
 * A station process of the multi-process tests: {@code DB ROUTING STATION ACTOR STOPFILE [BEAT_MILLIS]}, ROUTING
 * as {@code bar=coffee,tea;cold=ade-smoothie}; with BEAT_MILLIS it writes its heartbeat that often. Claims its station's next part, prints "CLAIMED orderId", bumps it;
 * ends when the stop file exists and nothing is left for it. Any exception: stderr and exit code 1.
 */
public final class StationWorkerMain {
    private StationWorkerMain() {
    }

    static StationRouting parse(String spec) {
        List<Station> stations = new ArrayList<>();
        for (String part : spec.split(";")) {
            String[] idAndCategories = part.split("=");
            stations.add(new Station(idAndCategories[0], idAndCategories[0],
                    Arrays.asList(idAndCategories[1].split(","))));
        }
        return StationRouting.of(stations);
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        StationRouting routing = parse(args[1]);
        String station = args[2];
        String actor = args[3];
        Path stop = Path.of(args[4]);
        try (BrewlineStore store = SqliteStore.open(Path.of(args[0]), Clock.systemUTC())) {
            HeartbeatWriter beats = args.length > 5 ? HeartbeatWriter.start(store, ProcessKind.STATION, actor, station,
                    Duration.ofMillis(Long.parseLong(args[5])), Clock.systemUTC(),
                    () -> new HeartbeatWriter.Observation() {
                    }) : null;
            out.println("STARTED");
            while (true) {
                Optional<ExpoOrder> claimed = store.stations().claimNext(routing, station, actor);
                if (claimed.isPresent()) {
                    long id = claimed.get().order().id();
                    out.println("CLAIMED " + id);
                    Thread.sleep(3); // making it: lets the station's other process claim the next part meanwhile
                    store.stations().bump(id, routing, station, actor);
                } else if (Files.exists(stop)) {
                    if (beats != null) {
                        beats.close();
                    }
                    break;
                } else {
                    Thread.sleep(5);
                }
            }
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }
}
