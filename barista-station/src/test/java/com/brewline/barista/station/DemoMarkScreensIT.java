package com.brewline.barista.station;

import com.brewline.screens.DisplayContext;
import com.brewline.screens.DisplaySettings;
import com.brewline.barista.app.KitchenScreens;
import com.brewline.barista.app.StationScreen;
import com.brewline.config.BrewlineConfig;
import com.brewline.screens.StoreQueuedRefunds;
import com.brewline.barista.testing.Cafe;
import com.brewline.testkit.fx.Fx;
import com.brewline.testkit.TestClock;
import com.brewline.barista.testing.Orders;
import com.brewline.display.DemoMark;
import com.brewline.pickup.app.BoardScreen;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9: on the sandbox the station and the board carry the permanent demo mark too. */
@ExtendWith(ApplicationExtension.class)
class DemoMarkScreensIT {
    @TempDir
    Path dir;
    private Cafe cafe;
    private Stage stage;
    private StationScreen station;
    private BoardScreen board;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        cafe = Cafe.open(dir, new TestClock(Instant.now()));
    }

    @AfterEach
    void stop() {
        Fx.run(() -> {
            if (station != null) {
                station.close();
            }
            if (board != null) {
                board.close();
            }
        });
        DemoMark.enableForThisProcess(false);
        cafe.close();
    }

    private static void assertMarked(Parent root, double sceneWidth) {
        Node mark = Fx.call(() -> root.lookup("#" + DemoMark.ID));
        assertThat(mark).isNotNull();
        assertThat(Fx.call(mark::isVisible)).isTrue();
        assertThat(Fx.call(mark::isMouseTransparent)).isTrue();
        Bounds b = Fx.call(() -> mark.localToScene(mark.getBoundsInLocal()));
        assertThat(b.getWidth()).isGreaterThan(100);
        assertThat(b.getMinX()).isGreaterThanOrEqualTo(0);
        assertThat(b.getMaxX()).isLessThanOrEqualTo(sceneWidth);
    }

    @Test
    void theStationAndTheBoardShowTheMarkWhenTheProcessIsADemo() throws Exception {
        DemoMark.enableForThisProcess(true);
        DisplayContext ctx = new DisplayContext(cafe.store, new StoreQueuedRefunds(cafe.store), Orders.MENU,
                DisplaySettings.defaults("station-1"), Clock.systemUTC(), List.of());
        // as BaristaMain builds it: the status strip above the station, the mark at the strip's right end
        station = Fx.call(() -> StationScreen.create(ctx));
        KitchenScreens.Built withStatus = Fx.call(() -> KitchenScreens.withStatusStrip(station.view().root(), ctx,
                new BrewlineConfig.Kitchen(List.of(), 0, 0, Duration.ofSeconds(5), Duration.ofSeconds(60))));
        try {
            Fx.run(() -> {
                stage.setScene(new Scene(withStatus.root(), 1920, 1080));
                stage.show();
            });
            for (int[] size : new int[][]{{1920, 1080}, {1344, 670}, {1024, 768}}) {
                Fx.run(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                Fx.waitUntil(5, "the window at " + size[0] + " px", () -> Fx.call(() ->
                        ((javafx.scene.layout.Region) withStatus.root()).getWidth() == size[0]));
                Fx.run(() -> withStatus.root().layout());
                Fx.waitUntil(5, "first snapshot", () -> station.viewModel().snapshotsAppliedProperty().get() > 0);
                assertMarked(withStatus.root(), size[0]);
                assertCoversNoButton(withStatus.root());
                Fx.screenshot(withStatus.root(), "demo-mark-station-" + size[0] + "x" + size[1]);
            }
        } finally {
            withStatus.close();
        }

        board = Fx.call(() -> {
            BoardScreen b = BoardScreen.create(cafe.boardContext(DisplaySettings.defaults("board"), Clock.systemUTC()));
            b.view().showDemoMark();
            stage.setScene(new Scene(b.view().root(), 1920, 1080));
            stage.setWidth(1920);
            stage.setHeight(1080);
            return b;
        });
        Fx.waitUntil(5, "the board at 1920 px", () -> Fx.call(() ->
                ((javafx.scene.layout.Region) board.view().root()).getWidth() == 1920));
        // measured after a pass of CSS and layout: before it the footer has not taken its room for the mark
        Fx.run(() -> {
            board.view().root().applyCss();
            board.view().root().layout();
        });
        assertMarked(board.view().root(), 1920);
        Label footer = Fx.call(() -> (Label) board.view().root().lookup(".footer"));
        Bounds footerText = Fx.call(() -> footer.lookup(".text").localToScene(footer.lookup(".text").getBoundsInLocal()));
        Bounds mark = Fx.call(() -> board.view().root().lookup("#" + DemoMark.ID).localToScene(
                board.view().root().lookup("#" + DemoMark.ID).getBoundsInLocal()));
        assertThat(footerText.intersects(mark)).as("the footer's words stay clear of the mark").isFalse();
        Fx.screenshot(board.view().root(), "demo-mark-board");
    }

    /** The mark never hides a control a barista needs (it takes no touch, but it would hide the button's words). */
    private static void assertCoversNoButton(Parent root) {
        Fx.run(() -> {
            Node mark = root.lookup("#" + DemoMark.ID);
            Bounds markBounds = mark.localToScene(mark.getBoundsInLocal());
            for (Node button : root.lookupAll(".button")) {
                if (button.isVisible() && button.getScene() != null) {
                    assertThat(button.localToScene(button.getBoundsInLocal()).intersects(markBounds))
                            .as("the demo mark over %s", button).isFalse();
                }
            }
        });
    }

    @Test
    void withoutTheSandboxNoMarkIsAdded() {
        DisplayContext ctx = new DisplayContext(cafe.store, new StoreQueuedRefunds(cafe.store), Orders.MENU,
                DisplaySettings.defaults("station-1"), Clock.systemUTC(), List.of());
        station = Fx.call(() -> {
            StationScreen s = StationScreen.create(ctx);
            DemoMark.addIfDemo(s.view().root());
            return s;
        });
        assertThat(Fx.call(() -> station.view().root().lookup("#" + DemoMark.ID))).isNull();
    }
}
