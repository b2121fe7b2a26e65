package com.brewline.display;

import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;

/** Loads the bundled Pretendard font (Korean and Latin) once, before any scene is styled. */
public final class Fonts {
    private static final Logger log = LoggerFactory.getLogger(Fonts.class);
    public static final String FAMILY = "Pretendard";
    private static volatile boolean loaded;

    private Fonts() {
    }

    public static synchronized void loadPretendard() {
        if (loaded) {
            return;
        }
        for (String weight : new String[]{"Regular", "Bold"}) {
            String resource = "/com/brewline/fonts/Pretendard-" + weight + ".ttf";
            try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
                if (in == null || Font.loadFont(in, 14) == null) {
                    log.warn("font {} could not be loaded; Korean text may fall back to a system font", resource);
                }
            } catch (IOException e) {
                log.warn("font {} could not be read: {}", resource, e.getMessage());
            }
        }
        loaded = true;
    }
}
