package com.brewline.barista.station;

import com.brewline.barista.station.tickets.TicketsView;

import com.brewline.barista.app.StationScreen;
import com.brewline.barista.testing.Cafe;
import com.brewline.testkit.fx.Fx;
import com.brewline.barista.testing.Orders;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 500 open tickets: the list is virtualised, so only about a screenful of ticket cells exists and the
 * once-a-second tick touches only those (not a timing test: it counts cells).
 */
@ExtendWith(ApplicationExtension.class)
class ManyTicketsIT {
    private static final int TICKETS = 500;
    @TempDir
    Path dir;
    private Cafe cafe;
    private StationScreen station;

    @Start
    void start(Stage stage) {
        cafe = Cafe.open(dir, Clock.systemUTC());
        Cafe.offFx(() -> {
            for (int i = 0; i < TICKETS; i++) {
                Orders.paidInProcess(cafe.store, i, Instant.now());
            }
            return null;
        });
        station = StationScreen.create(cafe.stationContext("station-A"));
        stage.setScene(new Scene(station.view().root(), 1920, 1080));
        stage.show();
    }

    @AfterEach
    void stop() {
        Fx.run(station::close);
        cafe.close();
    }

    @Test
    void onlyTheVisibleTicketsHaveCells(FxRobot robot) {
        Fx.waitUntil(20, "500 tickets", () -> station.viewModel().tickets().all().size() == TICKETS);
        int screenful = (int) Math.ceil(1920 / TicketsView.TICKET_WIDTH) + 1;
        assertThat(Fx.call(() -> station.view().tickets().liveCellCount())).isBetween(5, screenful + 3);

        Fx.run(() -> station.view().ticketList().scrollTo(TICKETS - 1));
        Fx.waitUntil(5, "the last ticket is on screen", () -> robot.lookup(".ticket-number").queryAllAs(javafx.scene.control.Label.class)
                .stream().anyMatch(l -> l.getText().equals("#" + TICKETS) && l.getScene() != null));
        assertThat(Fx.call(() -> station.view().tickets().liveCellCount())).isBetween(5, screenful + 3);
        assertThat(Fx.call(() -> robot.lookup(".ticket-card").queryAll().size())).isLessThanOrEqualTo(screenful + 6);

        // A tick after a change: still only the cells on screen exist.
        Fx.run(() -> station.viewModel().tickets().tick());
        assertThat(Fx.call(() -> station.view().tickets().liveCellCount())).isBetween(5, screenful + 3);
    }
}
