package com.brewline.cli;

import com.brewline.kitchen.PartEvent;
import com.brewline.kitchen.PartState;
import com.brewline.kitchen.StationRouting;
import com.brewline.model.Menu;
import com.brewline.model.Order;
import com.brewline.model.OrderEvent;
import com.brewline.model.OrderStatus;
import com.brewline.store.BrewlineStore;
import com.brewline.watch.KioskGate;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The kitchen's part of {@code simulate}: the pacer, the stations' summary and their checks. */
final class SimulatedKitchen {
    /** Silence limit of the simulated kiosks' gate: the shop's minute. */
    private static final Duration SILENT_AFTER = Duration.ofSeconds(60);

    private SimulatedKitchen() {
    }

    static Pacer pacer(BrewlineStore store, KitchenOptions kitchen, Menu menu) {
        return new Pacer(new KioskGate(store, kitchen.routing(menu), kitchen.pacing(), SILENT_AFTER, false,
                Clock.systemUTC()));
    }

    static void addPaced(Pacer total, String[] fields) {
        total.pauses.addAndGet(Integer.parseInt(fields[1]));
        total.resumes.addAndGet(Integer.parseInt(fields[2]));
        total.waitShown.addAndGet(Integer.parseInt(fields[3]));
        total.pausedMillis.addAndGet(Long.parseLong(fields[4]));
        total.longestWaitSeconds.accumulateAndGet(Long.parseLong(fields[5]), Math::max);
    }

    static void printStations(PrintWriter out, List<StationWorker> workers) {
        if (workers.isEmpty()) {
            return;
        }
        out.println();
        out.printf("%-22s %8s %8s %10s%n", "station barista", "parts", "ready", "picked up");
        for (StationWorker w : workers) {
            out.printf("%-22s %8d %8d %10d%n", w.name(), w.claimed.get(), w.ready.get(), w.pickedUp.get());
        }
        out.flush();
    }

    static void printPacing(PrintWriter out, Pacer total) {
        out.printf("Pacing: paused %d time(s), resumed %d time(s), %.1f s paused in all; the wait shown before %d "
                        + "order(s); longest estimated wait seen %d min%n", total.pauses.get(), total.resumes.get(),
                total.pausedMillis.get() / 1000.0, total.waitShown.get(), (total.longestWaitSeconds.get() + 59) / 60);
        out.flush();
    }

    /**
     * Every part of every placed order claimed exactly once, by its own station, and bumped; each station's
     * claims in the order the orders were paid.
     */
    static List<String> checkParts(BrewlineStore store, StationRouting routing, Collection<Long> placed,
                                   Map<String, AtomicInteger> partClaims) {
        List<String> problems = new ArrayList<>();
        Map<String, List<Claim>> claimsByStation = new HashMap<>();
        for (long id : placed) {
            Order order = store.orders().find(id).orElse(null);
            if (order == null) {
                continue; // reported by the order check
            }
            List<PartEvent> events = store.stations().partHistory(id);
            long paidSequence = paidSequence(store, id);
            for (String station : routing.stationsOf(order)) {
                AtomicInteger claimed = partClaims.get(id + "/" + station);
                if (claimed == null || claimed.get() != 1) {
                    problems.add("order " + order.ref() + ": station " + station + "'s part was claimed "
                            + (claimed == null ? 0 : claimed.get()) + " times");
                }
                List<PartEvent> mine = events.stream().filter(e -> e.stationId().equals(station)).toList();
                if (mine.stream().noneMatch(e -> e.to() == PartState.BUMPED)) {
                    problems.add("order " + order.ref() + ": station " + station + " never bumped its part");
                }
                mine.stream().filter(e -> e.from() == PartState.WAITING).findFirst().ifPresent(claim -> claimsByStation
                        .computeIfAbsent(station, k -> new ArrayList<>()).add(new Claim(order, paidSequence, claim.at())));
            }
            events.stream().filter(e -> !routing.stationsOf(order).contains(e.stationId())).findFirst().ifPresent(e ->
                    problems.add("order " + order.ref() + " was worked at station " + e.stationId() + ", which has no part in it"));
        }
        claimsByStation.forEach((station, claims) -> {
            // in the store's commit order of the payments, as the queue serves them (two kiosks' paidAt can be
            // the same millisecond, or in the other order than their commits)
            claims.sort(Comparator.comparingLong(Claim::paidSequence));
            for (int i = 1; i < claims.size(); i++) {
                Claim earlier = claims.get(i - 1);
                Claim later = claims.get(i);
                if (later.at().isBefore(earlier.at())) {
                    problems.add("station " + station + " not first-in first-out: " + later.order().ref()
                            + " was claimed before " + earlier.order().ref() + ", paid earlier");
                    return;
                }
            }
        });
        return problems;
    }

    /** A station's claim of an order's part: when, and where the order's payment stands in the commit order. */
    private record Claim(Order order, long paidSequence, Instant at) {
    }

    private static long paidSequence(BrewlineStore store, long orderId) {
        return store.orders().history(orderId).stream().filter(e -> e.to() == OrderStatus.PAID)
                .mapToLong(OrderEvent::sequence).findFirst().orElse(Long.MAX_VALUE);
    }
}
