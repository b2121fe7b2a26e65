package com.brewline.barista.station;

import com.brewline.barista.station.tickets.TicketCell;

import com.brewline.screens.DisplaySettings;
import com.brewline.barista.app.StationScreen;
import com.brewline.barista.testing.Cafe;
import com.brewline.testkit.fx.Fx;
import com.brewline.testkit.TestClock;
import com.brewline.barista.testing.Orders;
import com.brewline.model.Order;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A ticket turns warning and late exactly at the configured fractions of its prep target, as the clock moves. */
@ExtendWith(ApplicationExtension.class)
class TicketAgeingIT {
    @TempDir
    Path dir;
    private final Instant paidAt = Instant.parse("2026-11-23T09:00:00Z");
    private final TestClock stationClock = new TestClock(paidAt);
    private Cafe cafe;
    private StationScreen station;
    private Order order;

    @Start
    void start(Stage stage) {
        cafe = Cafe.open(dir, new TestClock(paidAt));
        order = Cafe.offFx(() -> Orders.paidInProcess(cafe.store, 4, paidAt));
        DisplaySettings settings = new DisplaySettings("station-A", 0.6, 1.2, Duration.ofMinutes(5), false, Locale.KOREAN);
        station = StationScreen.create(cafe.stationContext("station-A", settings, stationClock));
        stage.setScene(new Scene(station.view().root(), 1920, 1080));
        stage.show();
    }

    @AfterEach
    void stop() {
        Fx.run(station::close);
        cafe.close();
    }

    @Test
    void colourFollowsTheThresholds(FxRobot robot) {
        Fx.waitUntil(5, "the ticket", () -> station.viewModel().tickets().all().size() == 1);
        // its card is made by the list's next layout pass, not with the view model's list
        Fx.waitUntil(5, "the ticket's card", () -> station.view().ticketList().lookup(".ticket-cell") instanceof TicketCell c
                && c.getItem() != null);
        long target = order.prepTargetSeconds() * 1000L;
        assertThat(target).isPositive();
        assertThat(levelAt(0)).isEqualTo("NORMAL");
        assertThat(levelAt((long) (target * 0.6) - 1000)).isEqualTo("NORMAL");
        assertThat(levelAt((long) (target * 0.6))).isEqualTo("WARNING");
        assertThat(levelAt((long) (target * 1.2) - 1000)).isEqualTo("WARNING");
        assertThat(levelAt((long) (target * 1.2))).isEqualTo("LATE");
        assertThat(levelAt(target * 10)).isEqualTo("LATE");
        // The timer shows the time since payment.
        assertThat(Fx.call(() -> robot.lookup(".waited").queryLabeled().getText()))
                .isEqualTo(com.brewline.display.I18n.minutesSeconds(target * 10 / 1000));
    }

    private String levelAt(long millisAfterPaid) {
        stationClock.set(paidAt.plusMillis(millisAfterPaid));
        return Fx.call(() -> {
            station.viewModel().tickets().tick();
            TicketCell cell = (TicketCell) station.view().ticketList().lookup(".ticket-cell");
            return cell.shownLevel();
        });
    }
}
