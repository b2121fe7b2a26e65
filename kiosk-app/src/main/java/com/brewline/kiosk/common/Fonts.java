package com.brewline.kiosk.common;

import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The bundled Pretendard faces (OFL, in the display module), loaded once so Korean renders on any machine. */
public final class Fonts {
    private static final Logger LOG = LoggerFactory.getLogger(Fonts.class);
    private static volatile boolean loaded;

    private Fonts() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String face : List.of("Pretendard-Regular.ttf", "Pretendard-Bold.ttf")) {
            try (InputStream in = Fonts.class.getResourceAsStream("/com/brewline/fonts/" + face)) {
                if (in == null || Font.loadFont(in, 22) == null) {
                    LOG.warn("could not load the bundled font {}: Korean may not render", face);
                }
            } catch (IOException e) {
                LOG.warn("could not load the bundled font {}", face, e);
            }
        }
        loaded = true;
    }
}
