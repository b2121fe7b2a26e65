package com.brewline.barista;

import com.brewline.barista.station.work.MaskedPhones;
import com.brewline.barista.station.work.Workplace;
import com.brewline.barista.testing.Cafe;
import com.brewline.barista.testing.Orders;
import com.brewline.kitchen.Station;
import com.brewline.kitchen.StationRouting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Benchmark, run by hand (not part of the suite: its name matches no test pattern):
 * {@code mvn -o -pl barista-station -am verify -Dtest=StationReadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * What one station reload reads (its tickets, the masked phones, what it bumped last) with 50, 100 and 200 open
 * orders, at a shop with one station and at the espresso bar of a shop with two. Prints p50 and max of 15 reads.
 */
class StationReadBenchmark {
    private static final StationRouting TWO = StationRouting.of(List.of(
            new Station("bar", "에스프레소 바", List.of("coffee", "non-coffee", "tea", "dessert")),
            new Station("cold", "콜드 바", List.of("ade-smoothie"))));

    @Test
    void reads(@TempDir Path dir) {
        try (Cafe cafe = new Cafe(dir, Clock.systemUTC())) {
            int paid = 0;
            for (int open : new int[]{50, 100, 200}) {
                for (; paid < open; paid++) {
                    Orders.paidInProcess(cafe.store, paid, Instant.now());
                }
                for (Workplace w : List.of(Workplace.of(StationRouting.single(), "station-1"), Workplace.of(TWO, "bar"))) {
                    MaskedPhones phones = new MaskedPhones(cafe.store);
                    List<Long> micros = new ArrayList<>();
                    for (int i = 0; i < 15; i++) {
                        long t0 = System.nanoTime();
                        int n = phones.withPhones(w.tickets(cafe.store)).size();
                        w.lastBumped(cafe.store);
                        micros.add((System.nanoTime() - t0) / 1000);
                        if (n == 0) {
                            throw new AssertionError("no tickets read");
                        }
                    }
                    Collections.sort(micros);
                    System.out.printf("BENCH %d open orders, %s: p50 %.1f ms, max %.1f ms%n", open,
                            w.displayName().isEmpty() ? "one station" : "two stations, " + w.stationId(),
                            micros.get(micros.size() / 2) / 1000.0, micros.get(micros.size() - 1) / 1000.0);
                }
            }
        }
    }
}
