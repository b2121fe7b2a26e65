package com.brewline.barista.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts a window full screen on the monitor the installation names, so both windows can run side by side. */
final class WindowPlacement {
    private WindowPlacement() {
    }

    static void onScreen(Stage stage, int screenIndex) {
        var screens = Screen.getScreens();
        Screen screen = screenIndex >= 0 && screenIndex < screens.size() ? screens.get(screenIndex) : Screen.getPrimary();
        Rectangle2D b = screen.getVisualBounds();
        stage.setX(b.getMinX());
        stage.setY(b.getMinY());
        stage.setWidth(b.getWidth());
        stage.setHeight(b.getHeight());
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
    }
}
