package com.brewline.display.launch;

import javafx.collections.ObservableList;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Which monitor a screen goes on, and full screen that holds with no window manager at all (a kiosk
 * under cage or a bare X server ignores "full screen" requests): the stage takes the monitor's
 * bounds itself, then asks for full screen as well.
 */
public final class ScreenPlacement {
    private ScreenPlacement() {
    }

    /**
     * The monitor numbered {@code index} (0 is the first, as {@code --screen} counts).
     *
     * @throws IllegalArgumentException naming the screens there are, when there is no such one
     */
    public static Screen screen(int index) {
        ObservableList<Screen> screens = Screen.getScreens();
        if (index < 0 || index >= screens.size()) {
            throw new IllegalArgumentException("screen " + index + " does not exist: this machine has "
                    + screens.size() + (screens.size() == 1 ? " screen, number 0" : " screens, numbered 0 to " + (screens.size() - 1)));
        }
        return screens.get(index);
    }

    /** Places the stage over the whole of {@code screen}'s visual bounds; call before {@code show()}. */
    public static void cover(Stage stage, Screen screen) {
        Rectangle2D b = screen.getVisualBounds();
        stage.setX(b.getMinX());
        stage.setY(b.getMinY());
        stage.setWidth(b.getWidth());
        stage.setHeight(b.getHeight());
    }

    /** Covers the screen, shows the stage, then asks for full screen (kept: a window manager may honour it). */
    public static void showFullScreen(Stage stage, Screen screen) {
        cover(stage, screen);
        stage.setFullScreenExitHint("");
        stage.show();
        stage.setFullScreen(true);
    }

    /** "1920x1080 at (0, 0)" for the log. */
    public static String describe(Stage stage) {
        return Math.round(stage.getWidth()) + "x" + Math.round(stage.getHeight()) + " at (" + Math.round(stage.getX())
                + ", " + Math.round(stage.getY()) + "), full screen " + stage.isFullScreen();
    }
}
