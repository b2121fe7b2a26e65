package com.brewline.barista.station;

import com.brewline.screens.DisplayContext;
import com.brewline.screens.DisplaySettings;
import com.brewline.barista.app.StationScreen;
import com.brewline.screens.StoreQueuedRefunds;
import com.brewline.barista.testing.Cafe;
import com.brewline.barista.testing.Fx;
import com.brewline.testkit.TestClock;
import com.brewline.barista.testing.Orders;
import com.brewline.display.DemoMark;
import com.brewline.pickup.app.BoardScreen;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Clock;
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
        station = Fx.call(() -> {
            StationScreen s = StationScreen.create(ctx);
            DemoMark.addIfDemo(s.view().root());
            stage.setScene(new Scene(s.view().root(), 1920, 1080));
            stage.show();
            return s;
        });
        Fx.waitUntil(5, "first snapshot", () -> station.viewModel().snapshotsAppliedProperty().get() > 0);
        assertMarked(station.view().root(), 1920);
        Fx.screenshot(station.view().root(), "demo-mark-station");

        board = Fx.call(() -> {
            BoardScreen b = BoardScreen.create(cafe.boardContext(DisplaySettings.defaults("board"), Clock.systemUTC()));
            DemoMark.addIfDemo(b.view().root(), javafx.geometry.Pos.BOTTOM_RIGHT);
            stage.setScene(new Scene(b.view().root(), 1920, 1080));
            return b;
        });
        assertMarked(board.view().root(), 1920);
        Fx.screenshot(board.view().root(), "demo-mark-board");
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
