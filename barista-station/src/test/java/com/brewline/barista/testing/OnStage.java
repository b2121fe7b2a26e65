package com.brewline.barista.testing;

import com.brewline.testkit.fx.Fx;
import javafx.stage.Stage;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a test shows on TestFX's one stage: closed after the test, the newest first, and the stage put back to
 * 1920x1080 (every class in the JVM shares the stage and expects that size).
 */
public final class OnStage {
    private final Stage stage;
    private final Deque<AutoCloseable> shown = new ArrayDeque<>();

    public OnStage(Stage stage) {
        this.stage = stage;
    }

    /** Keeps {@code screen} to be closed after the test, and returns it. */
    public <T extends AutoCloseable> T keep(T screen) {
        shown.push(screen);
        return screen;
    }

    /** The screen kept last. */
    public AutoCloseable last() {
        return shown.peek();
    }

    /** Closes every screen kept, on the FX thread, and gives the stage its size back. */
    public void closeAll() {
        Fx.run(() -> {
            while (!shown.isEmpty()) {
                try {
                    shown.pop().close();
                } catch (Exception ignored) {
                    // best effort: the next test starts on a fresh store and fresh screens
                }
            }
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
    }
}
