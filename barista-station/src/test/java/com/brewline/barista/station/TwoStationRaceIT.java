package com.brewline.barista.station;

import com.brewline.barista.station.tickets.TicketViewModel;

import com.brewline.screens.DisplayContext;
import com.brewline.barista.app.StationScreen;
import com.brewline.barista.testing.Cafe;
import com.brewline.testkit.fx.Fx;
import com.brewline.model.OrderEvent;
import com.brewline.model.OrderStatus;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two stations (each its own view model and database thread, so its own connection) press start on
 * every ticket at the same moment; orders are paid by another JVM. Each order is started exactly once.
 */
@ExtendWith(ApplicationExtension.class)
class TwoStationRaceIT {
    @TempDir
    Path dir;
    private Cafe cafe;
    private StationScreen a;
    private StationScreen b;

    @Start
    void start(Stage stage) {
        cafe = Cafe.open(dir, Clock.systemUTC());
        DisplayContext ctxA = cafe.stationContext("station-A");
        DisplayContext ctxB = cafe.stationContext("station-B");
        a = StationScreen.create(ctxA);
        b = StationScreen.create(ctxB);
    }

    @AfterEach
    void stop() {
        Fx.run(() -> {
            a.close();
            b.close();
        });
        cafe.close();
    }

    @Test
    void twoStationsNeverStartTheSameOrder() throws Exception {
        int count = 12;
        assertThat(cafe.payOrdersInAnotherProcess(count)).hasSize(count);
        Fx.waitUntil(10, "both stations see every ticket",
                () -> a.viewModel().tickets().all().size() == count && b.viewModel().tickets().all().size() == count);
        List<TicketViewModel> ticketsA = Fx.call(() -> List.copyOf(a.viewModel().tickets().all()));
        List<TicketViewModel> ticketsB = Fx.call(() -> List.copyOf(b.viewModel().tickets().all()));
        List<CompletableFuture<Boolean>> winsA = new ArrayList<>();
        List<CompletableFuture<Boolean>> winsB = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            winsA.add(a.viewModel().tickets().start(ticketsA.get(i)));
            winsB.add(b.viewModel().tickets().start(ticketsB.get(i)));
        }
        int lostByB = 0;
        for (int i = 0; i < count; i++) {
            boolean wonA = winsA.get(i).get(10, TimeUnit.SECONDS);
            boolean wonB = winsB.get(i).get(10, TimeUnit.SECONDS);
            assertThat(wonA ^ wonB).as("order %s started by exactly one station", ticketsA.get(i).orderId()).isTrue();
            long id = ticketsA.get(i).orderId();
            assertThat(cafe.store.orders().find(id).orElseThrow().status()).isEqualTo(OrderStatus.IN_PREPARATION);
            List<OrderEvent> starts = cafe.store.orders().history(id).stream()
                    .filter(e -> e.to() == OrderStatus.IN_PREPARATION).toList();
            assertThat(starts).hasSize(1);
            assertThat(starts.get(0).actor()).isEqualTo(wonA ? "station-A" : "station-B");
            lostByB += wonB ? 0 : 1;
        }
        if (lostByB > 0) {
            Fx.waitUntil(5, "B was told it lost", () -> b.viewModel().banner().text().contains("다른 스테이션"));
        }
    }
}
