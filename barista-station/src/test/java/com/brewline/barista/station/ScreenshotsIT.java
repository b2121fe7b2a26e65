package com.brewline.barista.station;

import com.brewline.screens.DisplayContext;
import com.brewline.screens.DisplaySettings;
import com.brewline.barista.app.StationScreen;
import com.brewline.screens.StoreQueuedRefunds;
import com.brewline.barista.testing.Cafe;
import com.brewline.testkit.fx.Fx;
import com.brewline.testkit.TestClock;
import com.brewline.barista.testing.Orders;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.pickup.app.BoardScreen;
import com.brewline.barista.testing.Tap;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the station and the board at 1920x1080 to target/screenshots during the build: an empty
 * queue, a rush of 30 tickets of every age, the board with numbers in both columns, and the
 * close-refused and day-summary dialogs. Each picture is also checked for what it must show.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotsIT {
    @TempDir
    Path dir;
    private final Instant now = Instant.now();
    private final TestClock storeClock = new TestClock(now);
    private Cafe cafe;
    private Stage stage;
    private final List<AutoCloseable> screens = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        cafe = Cafe.open(dir, storeClock);
    }

    @AfterEach
    void stop() {
        Fx.run(() -> screens.forEach(s -> {
            try {
                s.close();
            } catch (Exception ignored) {
                // best effort
            }
        }));
        cafe.close();
    }

    private StationScreen showStation(DisplayContext ctx) {
        StationScreen s = Fx.call(() -> {
            StationScreen station = StationScreen.create(ctx);
            stage.setScene(new Scene(station.view().root(), 1920, 1080));
            stage.sizeToScene(); // a test before may have made the window smaller
            stage.show();
            return station;
        });
        screens.add(s);
        Fx.waitUntil(5, "first snapshot", () -> s.viewModel().snapshotsAppliedProperty().get() > 0);
        return s;
    }

    @Test
    void emptyQueueAndSoldOut(FxRobot robot) throws Exception {
        StationScreen station = showStation(cafe.stationContext("station-1"));
        Path png = Fx.screenshot(station.view().root(), "station-empty");
        assertSize(png);
        robot.type(javafx.scene.input.KeyCode.H);
        assertThat(station.view().root().getPseudoClassStates()).contains(StationView.HIGH_CONTRAST);
        robot.type(javafx.scene.input.KeyCode.H);
        assertThat(station.view().root().getPseudoClassStates()).doesNotContain(StationView.HIGH_CONTRAST);

        // Sold-out toggles reach the store (and so every kiosk).
        Tap.on(robot, "#soldOutButton");
        Tap.on(robot, "#soldout-cold-brew");
        Tap.on(robot, "#soldout-tiramisu");
        Fx.waitFor(5, "sold out stored", () -> cafe.store.availability().soldOutItemIds()
                .equals(java.util.Set.of("cold-brew", "tiramisu")));
        assertSize(Fx.screenshot(station.view().root(), "station-sold-out"));
        Tap.on(robot, "#soldout-tiramisu");
        Fx.waitFor(5, "back on sale", () -> cafe.store.availability().soldOutItemIds().equals(java.util.Set.of("cold-brew")));
    }

    @Test
    void rushBoardAndCloseRefused(FxRobot robot) throws Exception {
        // 30 tickets paid over the last 17 minutes: late, warning and fresh ones.
        List<Order> paid = new ArrayList<>();
        for (int i = 0; i < 34; i++) {
            storeClock.set(now.minus(Duration.ofMillis((34 - i) * 9_700L)));
            paid.add(Orders.paidInProcess(cafe.store, i, storeClock.instant()));
        }
        storeClock.set(now.minusSeconds(20));
        for (int i = 0; i < 3; i++) {   // already ready, waiting for pickup
            cafe.store.orders().transition(paid.get(i).id(), OrderStatus.IN_PREPARATION, "station-1", "started");
            cafe.store.orders().transition(paid.get(i).id(), OrderStatus.READY, "station-1", "done");
        }
        for (int i = 3; i < 8; i++) {   // being made, some items checked off
            cafe.store.orders().transition(paid.get(i).id(), OrderStatus.IN_PREPARATION, "station-1", "started");
        }
        cafe.store.orders().setLineDone(paid.get(3).id(), 0, true, "station-1");
        cafe.store.orders().setLineDone(paid.get(4).id(), 0, true, "station-1");
        storeClock.set(now);

        StationScreen station = showStation(cafe.stationContext("station-1"));
        Fx.waitUntil(5, "30 tickets", () -> station.viewModel().tickets().all().size() == 31);
        Fx.run(() -> station.viewModel().tickets().selectPosition(2));
        Path rush = Fx.screenshot(station.view().root(), "station-rush");
        assertSize(rush);
        Fx.run(() -> station.view().ticketList().scrollTo(station.viewModel().tickets().all().size() - 1));
        assertSize(Fx.screenshot(station.view().root(), "station-rush-newest"));
        Fx.run(() -> station.view().ticketList().scrollTo(0));
        // The all-day counts beside the queue (A): what to make across every open ticket.
        Fx.run(() -> station.viewModel().allDay().toggle());
        Fx.waitUntil(5, "all-day rows", () -> !station.viewModel().allDay().rows().isEmpty());
        assertThat(Fx.call(() -> station.viewModel().allDay().rows().stream().mapToInt(r -> r.count()).sum()))
                .isPositive();
        assertSize(Fx.screenshot(station.view().root(), "station-allday"));
        Fx.run(() -> station.viewModel().allDay().toggle());

        // The board, with one number turning ready while it is on screen (highlighted).
        Stage boardStage = Fx.call(Stage::new);
        BoardScreen board = Fx.call(() -> {
            BoardScreen b = BoardScreen.create(cafe.boardContext(DisplaySettings.defaults("board"), Clock.systemUTC()));
            boardStage.setScene(new Scene(b.view().root(), 1920, 1080));
            boardStage.show();
            return b;
        });
        screens.add(board);
        Fx.waitUntil(5, "board loaded", () -> board.viewModel().preparing().size() == 31);
        cafe.store.orders().transition(paid.get(3).id(), OrderStatus.READY, "station-1", "done");
        Fx.waitUntil(5, "fresh number", () -> board.viewModel().fresh().contains(paid.get(3).pickupNumber()));
        assertThat(board.viewModel().ready()).hasSize(4);

        // Closing with 34 open orders is refused and lists them, and the rush in English, while the board's number
        // slides in and pulses (for 3 s): the board's picture is taken once that has finished, at the end.
        Fx.run(() -> station.viewModel().day().closeDay());
        Fx.waitUntil(5, "close refused", () -> station.viewModel().day().closeRefusedProperty().get() != null);
        assertThat(station.viewModel().day().closeRefusedProperty().get()).hasSize(34);
        Path refused = Fx.screenshot(station.view().root(), "station-close-refused");
        assertSize(refused);

        // The same rush in English.
        StationScreen english = showStation(cafe.stationContext("station-2",
                DisplaySettings.defaults("station-2").withLanguage(java.util.Locale.ENGLISH), Clock.systemUTC()));
        Fx.waitUntil(5, "30 tickets", () -> english.viewModel().tickets().all().size() == 30);
        assertSize(Fx.screenshot(english.view().root(), "station-rush-en"));
        // a 1280 px screen: each ticket's header (number, dining, status, key) fits its card, nothing over another
        Fx.run(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        try {
            Fx.waitUntil(5, "the smaller window", () -> english.view().root().getScene().getWidth() == 1280);
            Fx.run(() -> english.view().root().layout());
            Fx.screenshot(english.view().root(), "station-rush-en-1280x800");
            assertThat(Fx.call(() -> crampedHeaders(english.view().root()))).isEmpty();
            // further on: waiting tickets, takeout, two-digit numbers
            Fx.run(() -> {
                english.view().ticketList().scrollTo(5);
                english.view().root().layout();
            });
            Fx.screenshot(english.view().root(), "station-rush-waiting-en-1280x800");
            assertThat(Fx.call(() -> crampedHeaders(english.view().root()))).isEmpty();
        } finally { // the stage is TestFX's one for every test class in this JVM: the next ones expect 1920x1080
            Fx.run(() -> {
                stage.setWidth(1920);
                stage.setHeight(1080);
            });
        }

        Fx.waitUntil(5, "the slide-in finished", () -> board.view().animationsRunningProperty().get() == 0);
        Path boardPng = Fx.screenshot(board.view().root(), "board");
        assertSize(boardPng);
        assertThat(board.viewModel().ready()).hasSize(4);
        Fx.run(boardStage::close);
    }

    @Test
    void daySummary() throws Exception {
        List<Order> paid = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            storeClock.set(now.minus(Duration.ofMinutes(60 - i * 8L)));
            paid.add(Orders.paidInProcess(cafe.store, i, storeClock.instant()));
        }
        for (int i = 0; i < 4; i++) {
            storeClock.set(now.minus(Duration.ofMinutes(58 - i * 8L)));
            cafe.store.orders().transition(paid.get(i).id(), OrderStatus.IN_PREPARATION, "station-1", "started");
            storeClock.set(now.minus(Duration.ofMinutes(55 - i * 8L - i)));
            cafe.store.orders().transition(paid.get(i).id(), OrderStatus.READY, "station-1", "done");
            cafe.store.orders().transition(paid.get(i).id(), OrderStatus.PICKED_UP, "station-1", "picked up");
        }
        storeClock.set(now);
        StoreQueuedRefunds refunds = new StoreQueuedRefunds(cafe.store);
        refunds.cancelByCustomer(paid.get(4).id(), "kiosk-1");
        DisplayContext ctx = new DisplayContext(cafe.store, refunds, Orders.MENU, DisplaySettings.defaults("station-1"),
                Clock.systemUTC(), List.of());
        StationScreen station = showStation(ctx);
        Fx.waitUntil(5, "one ticket", () -> station.viewModel().tickets().all().size() == 1);
        station.viewModel().reject().reject(station.viewModel().tickets().all().get(0).order(), "reject.reason.machine").get();
        // No provider at this station: both refunds stay queued and the top bar says so.
        Fx.waitUntil(5, "refunds pending shown", () -> station.viewModel().refundsPendingProperty().get() == 2
                && station.view().root().lookup(".refund-state").isVisible());
        station.viewModel().day().closeDay().get();
        Fx.waitUntil(5, "summary", () -> station.viewModel().day().summaryProperty().get() != null);
        assertThat(station.viewModel().day().summaryProperty().get().ordersPaid()).isEqualTo(6);
        assertThat(station.viewModel().day().summaryProperty().get().refundsPending()).isEqualTo(2);
        Path png = Fx.screenshot(station.view().root(), "station-day-summary");
        assertSize(png);
    }

    /**
     * Ticket headers whose labels overlap one another, are cut short ("Wai…") or run past the header, and cards wider
     * than their place in the list (running into the next one: "Waiting 1#3").
     */
    private static List<String> crampedHeaders(javafx.scene.Parent root) {
        List<String> cramped = new ArrayList<>();
        for (javafx.scene.Node card : root.lookupAll(".ticket-card")) {
            if (card.isVisible() && card.getParent() instanceof javafx.scene.control.ListCell<?> cell
                    && cell.getItem() != null && card.getBoundsInParent().getMaxX() > cell.getWidth() + 0.5) {
                cramped.add("a card " + Math.round(card.getBoundsInParent().getWidth()) + " px wide in a place of "
                        + Math.round(cell.getWidth()) + " px");
            }
        }
        for (javafx.scene.Node header : root.lookupAll(".ticket-header")) {
            if (!(header instanceof javafx.scene.layout.Pane pane) || !header.isVisible()) {
                continue;
            }
            double right = 0;
            StringBuilder seen = new StringBuilder();
            for (javafx.scene.Node child : pane.getChildren()) {
                if (!child.isVisible() || !(child instanceof javafx.scene.control.Labeled label)
                        || label.getText() == null || label.getText().isEmpty()) {
                    continue;
                }
                javafx.geometry.Bounds b = child.getBoundsInParent();
                javafx.scene.text.Text probe = new javafx.scene.text.Text(label.getText());
                probe.setFont(label.getFont());
                boolean cut = label.getWidth() + 0.5 < probe.getLayoutBounds().getWidth()
                        + label.getPadding().getLeft() + label.getPadding().getRight();
                if (b.getMinX() + 0.5 < right || b.getMaxX() > pane.getWidth() + 0.5 || cut) {
                    cramped.add(seen + " [" + label.getText() + "] in a header " + Math.round(pane.getWidth()) + " px wide");
                }
                right = b.getMaxX();
                seen.append(label.getText()).append(' ');
            }
        }
        return cramped;
    }

    private static void assertSize(Path png) throws Exception {
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(image.getHeight()).isEqualTo(1080);
    }
}
