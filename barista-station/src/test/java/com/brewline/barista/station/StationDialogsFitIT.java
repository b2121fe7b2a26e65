package com.brewline.barista.station;

import com.brewline.barista.app.StationScreen;
import com.brewline.barista.testing.Cafe;
import com.brewline.barista.testing.OnStage;
import com.brewline.barista.testing.Orders;
import com.brewline.model.Order;
import com.brewline.screens.DisplayContext;
import com.brewline.screens.DisplaySettings;
import com.brewline.testkit.fx.Fx;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The station's dialogs keep their buttons on screen in every window the station runs in: the day's summary, the
 * reject and urgent reasons, the day's confirmation. In the demo's station window (1313x691, 650 under the status strip) the summary's rows ran
 * past the bottom and took its OK button with them.
 */
@ExtendWith(ApplicationExtension.class)
class StationDialogsFitIT {
    private static final int[][] WINDOWS = {{1313, 650}, {1280, 720}, {1280, 800}, {1920, 1080}, {1080, 1920}};

    @TempDir
    Path dir;
    private Stage stage;
    private Cafe cafe;
    private OnStage onStage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        onStage = new OnStage(stage);
        cafe = Cafe.open(dir, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        onStage.closeAll();
        cafe.close();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyDialogsButtonsStayInTheWindow() throws Exception {
        Order order = Cafe.offFx(() -> Orders.paidInProcess(cafe.store, 1, Instant.now()));
        for (Locale language : List.of(Locale.KOREAN, Locale.ENGLISH)) {
            String lang = language.getLanguage();
            DisplayContext ctx = cafe.stationContext("station-1",
                    DisplaySettings.defaults("station-1").withLanguage(language).withSound(false), Clock.systemUTC());
            StationScreen station = Fx.call(() -> StationScreen.create(ctx));
            onStage.keep(station);
            Fx.waitUntil(10, "the ticket", () -> station.viewModel().tickets().all().size() == 1);
            Parent root = station.view().root();
            for (int[] size : WINDOWS) {
                show(root, size);
                String at = lang + "-" + size[0] + "x" + size[1];

                Fx.run(() -> station.viewModel().reject().askReason(order));
                check(root, "#rejectOverlay", "station-dialog-reject-" + at);
                Fx.run(() -> station.viewModel().reject().cancel());

                Fx.run(() -> station.viewModel().urgent().askReason(order));
                check(root, "#urgentOverlay", "station-dialog-urgent-" + at);
                Fx.run(() -> station.viewModel().urgent().cancel());

                Fx.run(() -> station.viewModel().day().askCloseDay());
                check(root, "#dayConfirmOverlay", "station-dialog-close-" + at);
                Fx.run(() -> station.viewModel().day().dismiss());
            }
        }
        // the day's summary: the order rejected (its refund queued), the day closed
        StationScreen last = (StationScreen) onStage.last();
        last.viewModel().reject().reject(order, "reject.reason.machine").get();
        last.viewModel().day().closeDay().get();
        Fx.waitUntil(10, "the summary", () -> last.viewModel().day().summaryProperty().get() != null);
        for (int[] size : WINDOWS) {
            show(last.view().root(), size);
            check(last.view().root(), "#summaryOverlay", "station-dialog-summary-en-" + size[0] + "x" + size[1]);
        }
    }

    private void show(Parent root, int[] size) {
        Fx.run(() -> {
            if (stage.getScene() != null) {
                stage.getScene().setRoot(new Pane()); // the station's root moves to a scene of this size
            }
            stage.setScene(new Scene(root, size[0], size[1]));
            stage.sizeToScene();
            stage.show();
        });
    }

    /** The overlay is shown and each of its buttons lies wholly inside the window. */
    private void check(Parent root, String overlay, String name) throws Exception {
        Node shown = Fx.call(() -> root.lookup(overlay));
        Fx.waitUntil(5, overlay + " shown", shown::isVisible);
        Fx.run(root::layout);
        if (!name.contains("1280x")) { // pictures of the demo's, the big and the portrait window: the rest only checked
            Fx.screenshot(root, name);
        }
        List<String> outside = Fx.call(() -> {
            List<String> out = new ArrayList<>();
            Bounds window = new javafx.geometry.BoundingBox(0, 0, root.getScene().getWidth(), root.getScene().getHeight());
            for (Node n : shown.lookupAll(".button")) {
                if (n instanceof Button b && b.isVisible()) {
                    Bounds inScene = b.localToScene(b.getLayoutBounds());
                    if (!window.contains(inScene)) {
                        out.add("[" + b.getText() + "] at " + Math.round(inScene.getMinY()) + ".." + Math.round(inScene.getMaxY()));
                    }
                }
            }
            return out;
        });
        assertThat(outside).as(name + " buttons outside the window").isEmpty();
    }
}
