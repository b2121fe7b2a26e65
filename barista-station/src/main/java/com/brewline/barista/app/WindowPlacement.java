package com.brewline.barista.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Shows a window full screen on the monitor the installation names, so both windows can run side by side. */
public final class WindowPlacement {
    private WindowPlacement() {
    }

    /** Moves the stage onto screen {@code screenIndex} (the primary one if there is no such screen), shows it, then goes full screen. */
    public static void showFullScreenOn(Stage stage, int screenIndex) {
        var screens = Screen.getScreens();
        Screen screen = screenIndex >= 0 && screenIndex < screens.size() ? screens.get(screenIndex) : Screen.getPrimary();
        Rectangle2D b = screen.getVisualBounds();
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
