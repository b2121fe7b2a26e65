package com.brewline.display;

import javafx.scene.text.Font;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;

/** Loads the bundled Pretendard font (Korean and Latin) once, before any scene is styled. */
public final class Fonts {
    public static final String FAMILY = "Pretendard";
    private static final String[] WEIGHTS = {"Regular", "Bold"};
    private static volatile boolean loaded;

    private Fonts() {
    }

    public static synchronized void loadPretendard() {
        if (loaded) {
            return;
        }
        for (String weight : WEIGHTS) {
            String problem = load(weight);
            if (problem != null) {
                // the logger only now: a screen may preload the fonts before its log folder is set (ScreenLaunch)
                LoggerFactory.getLogger(Fonts.class).warn("font {}; Korean text may fall back to a system font", problem);
            }
        }
        loaded = true;
    }

    /**
     * Loads the fonts on the FX thread while the screen still reads its configuration (ScreenLaunch's early
     * toolkit start), logging nothing: the log may not be set up yet. A font that fails is left to
     * {@link #loadPretendard}, which says so.
     */
    public static synchronized void preload() {
        if (loaded) {
            return;
        }
        for (String weight : WEIGHTS) {
            if (load(weight) != null) {
                return;
            }
        }
        loaded = true;
    }

    /** Null when loaded, else what went wrong. */
    private static String load(String weight) {
        String resource = "/com/brewline/fonts/Pretendard-" + weight + ".ttf";
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            return in == null || Font.loadFont(in, 14) == null ? resource + " could not be loaded" : null;
        } catch (IOException e) {
            return resource + " could not be read: " + e.getMessage();
        }
    }
}
