package com.brewline.display;

import com.brewline.config.WindowArea;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.Optional;

/** Shows a window full screen on the monitor the installation names, so both windows can run side by side. */
public final class WindowPlacement {
    private WindowPlacement() {
    }

    /** Moves the stage onto screen {@code screenIndex} (the primary one if there is no such screen), shows it, then goes full screen. */
    public static void showFullScreenOn(Stage stage, int screenIndex) {
        var screens = Screen.getScreens();
        Screen screen = screenIndex >= 0 && screenIndex < screens.size() ? screens.get(screenIndex) : Screen.getPrimary();
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
        stage.setX(b.getMinX());
        stage.setY(b.getMinY());
        stage.setWidth(b.getWidth());
        stage.setHeight(b.getHeight());
        stage.setFullScreenExitHint("");
        stage.show();
        // Full screen only once shown: the window then belongs to the screen it was placed on.
        stage.setFullScreen(true);
    }
}
