package com.brewline.display;

import com.brewline.config.WindowArea;
import com.brewline.display.launch.ScreenPlacement;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/** Shows a window full screen on the monitor the installation names, so both windows can run side by side. */
public final class WindowPlacement {
    private WindowPlacement() {
    }

    /**
     * Covers monitor {@code screenIndex} with the stage (full screen even without a window manager),
     * or its part named by {@link WindowArea} (the demo).
     *
     * @throws IllegalArgumentException when there is no such monitor (naming the ones there are)
     */
    public static void showFullScreenOn(Stage stage, int screenIndex) {
        Screen screen = ScreenPlacement.screen(screenIndex);
        Rectangle2D b = screen.getVisualBounds();
        Optional<WindowArea> area = WindowArea.fromSystemProperty();
        if (area.isPresent()) {
            // a window beside the others (the demo), not a monitor of its own
            WindowArea a = area.get();
            stage.setX(b.getMinX() + a.x() * b.getWidth());
            stage.setY(b.getMinY() + a.y() * b.getHeight());
            stage.setWidth(a.width() * b.getWidth());
            stage.setHeight(a.height() * b.getHeight());
            stage.show();
            return;
        }
        ScreenPlacement.showFullScreen(stage, screen);
        LoggerFactory.getLogger(WindowPlacement.class).info("{} shown on screen {}: {}", stage.getTitle(), screenIndex,
                ScreenPlacement.describe(stage));
    }
}
