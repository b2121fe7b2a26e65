package com.brewline.display;

import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The one JavaFX {@link Application} of every screen. JavaFX builds the application object itself,
 * so what a screen needs (its context) is handed over here, once per process, as the
 * {@link Windows} that open on the primary stage. A main class must not extend Application (it
 * then cannot start from the class path), so mains call {@link #launch}.
 */
public final class DisplayApplication extends Application {
    private static final AtomicReference<Windows> PENDING = new AtomicReference<>();
    private AutoCloseable open;

    /** What a screen opens on the primary stage; the result is closed when the application stops. */
    @FunctionalInterface
    public interface Windows {
        AutoCloseable open(Stage primary) throws Exception;
    }

    /** Blocks until the last window closes, then closes what {@code windows} opened. Once per process. */
    public static void launch(Windows windows) {
        if (!PENDING.compareAndSet(null, windows)) {
            throw new IllegalStateException("a screen was already launched in this process");
        }
        Application.launch(DisplayApplication.class);
    }

    @Override
    public void start(Stage primary) throws Exception {
        open = PENDING.get().open(primary);
    }

    @Override
    public void stop() throws Exception {
        if (open != null) {
            open.close();
        }
    }

    /** A screen's window: titled, 1920×1080 until placed, full screen on monitor {@code screenIndex}. */
    public static void show(Stage stage, String title, Parent root, int screenIndex) {
        stage.setTitle(title);
        stage.setScene(new Scene(root, 1920, 1080));
        WindowPlacement.showFullScreenOn(stage, screenIndex);
    }
}
