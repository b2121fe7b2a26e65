package com.brewline.barista;

import com.brewline.barista.station.tickets.Ageing;
import com.brewline.barista.station.StationViewModel;
import com.brewline.barista.station.tickets.TicketViewModel;
import com.brewline.display.Chime;
import com.brewline.display.I18n;
import com.brewline.barista.testing.Cafe;
import com.brewline.barista.testing.Orders;
import com.brewline.barista.testing.WriterProcess;
import com.brewline.barista.app.StationScreen;
import com.brewline.screens.StoreQueuedRefunds;
import javafx.collections.ListChangeListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Benchmark, run by hand (not part of the suite):
 * {@code java -cp <test classpath> com.brewline.barista.TicketLatencyBenchmark [ORDERS] [PAUSE_MS]}.
 * Another JVM pays orders through the sandbox; this process measures, per order, the time from just
 * after the kiosk's commit to the station view model's ticket list holding it (the FX list update;
 * drawing adds at most one 60 Hz pulse). Target: within 100 ms.
 */
public final class TicketLatencyBenchmark {
    private TicketLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        long pause = args.length > 1 ? Long.parseLong(args[1]) : 200;
        Path dir = Files.createTempDirectory("latency");
        ExecutorService fx = Executors.newSingleThreadExecutor();
        Map<Long, Long> seenAt = new ConcurrentHashMap<>();
        try (Cafe cafe = new Cafe(dir, Clock.systemUTC());
             StationViewModel vm = new StationViewModel(cafe.store, new StoreQueuedRefunds(cafe.store), Orders.MENU,
                     "bench", com.brewline.barista.station.work.Workplace.of(com.brewline.kitchen.StationRouting.single(), "bench"),
                     new Ageing(0.75, 1.0), Clock.systemUTC(), fx, new Chime(false),
                     new I18n(StationScreen.MESSAGES, Locale.KOREAN))) {
            vm.tickets().all().addListener((ListChangeListener<TicketViewModel>) c -> {
                long now = System.currentTimeMillis();
                vm.tickets().all().forEach(t -> seenAt.putIfAbsent(t.orderId(), now));
            });
            vm.start();
            List<String> paid = WriterProcess.payOrders(cafe.db, cafe.sandbox.baseUrl(), Cafe.SECRET, orders, pause);
            Thread.sleep(500);
            List<Long> latencies = new ArrayList<>();
            for (String line : paid) {
                String[] f = line.split(" ");
                Long seen = seenAt.get(Long.parseLong(f[1]));
                latencies.add(seen == null ? Long.MAX_VALUE : seen - Long.parseLong(f[3]));
            }
            Collections.sort(latencies);
            System.out.printf("orders %d, commit -> ticket list: p50 %d ms, p95 %d ms, max %d ms%n", latencies.size(),
                    latencies.get(latencies.size() / 2), latencies.get((int) (latencies.size() * 0.95)),
                    latencies.get(latencies.size() - 1));
        } finally {
            fx.shutdownNow();
        }
    }
}
