package com.brewline.demo;

import com.brewline.config.WindowArea;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;

/**
 * Where the demo's three windows go on one screen: the kiosk as a real kiosk is, a portrait 9:16 window the
 * screen's whole usable height (on 1920×1080: about 608×1080, its 1080×1920 layout scaled to it whole), the barista
 * station and the pickup board in the rest, side by side with it, the station above the board.
 * <p>
 * The windows are placed by fractions of the screen ({@link WindowArea}); the kiosk's fraction of the width follows
 * the screen's shape, so the demo measures the screen first (a 16:9 screen when it cannot).
 */
record DemoLayout(WindowArea kiosk, WindowArea station, WindowArea board) {
    /** A kiosk's screen: 1080 wide, 1920 tall. */
    static final double KIOSK_ASPECT = 1080.0 / 1920.0;
    /** The station's share of the height beside the kiosk; the board has the rest (the station needs its tickets). */
    static final double STATION_HEIGHT = 0.64; // 691 px on 1080: each ticket shows its first lines whole
    /** On a screen taller than wide the kiosk still leaves the station and the board half of it. */
    static final double MAX_KIOSK_WIDTH = 0.5;
    static final DemoLayout FULL_HD = forScreen(1920, 1080);

    /** @param width the screen's usable width, {@code height} its usable height, in the same unit */
    static DemoLayout forScreen(double width, double height) {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("a screen of " + width + "x" + height);
        }
        // rounded down to a thousandth: the window never reaches past the kiosk's share
        double k = Math.floor(Math.min(MAX_KIOSK_WIDTH, height * KIOSK_ASPECT / width) * 1000) / 1000;
        return new DemoLayout(new WindowArea(0, 0, k, 1),
                new WindowArea(k, 0, 1 - k, STATION_HEIGHT),
                new WindowArea(k, STATION_HEIGHT, 1 - k, 1 - STATION_HEIGHT));
    }

    /** For the primary screen's usable area (without the task bar), or 16:9 when it cannot be measured. */
    static DemoLayout forThisScreen() {
        try {
            System.setProperty("apple.awt.UIElement", "true"); // measuring puts no icon in the macOS dock
            if (!GraphicsEnvironment.isHeadless()) {
                Rectangle usable = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
                if (usable.width > 0 && usable.height > 0) {
                    return forScreen(usable.width, usable.height);
                }
            }
        } catch (RuntimeException | java.awt.AWTError | LinkageError e) { // no X server for AWT (Wayland only)
            org.slf4j.LoggerFactory.getLogger(DemoLayout.class).info("the screen could not be measured ({}): "
                    + "the windows are placed for a 16:9 screen", e.toString());
        }
        return FULL_HD;
    }
}
