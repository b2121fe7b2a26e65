package com.brewline.kiosk;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * The kiosk window: full screen with no key that leaves it; only the staff gesture plus PIN does.
 * Construct with a {@link KioskContext}, or set one with {@link #setContext} before
 * {@code Application.launch} (which needs a no-argument constructor). Start it through {@link KioskMain}.
 */
public class KioskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(KioskApp.class);
    private static volatile KioskContext launchContext;

    private final KioskContext context;
    private KioskUi ui;
    private Stage stage;

    public KioskApp() {
        this(Objects.requireNonNull(launchContext, "KioskApp.setContext(...) must be called before launch"));
    }

    public KioskApp(KioskContext context) {
        this.context = context;
    }

    public static void setContext(KioskContext context) {
        launchContext = context;
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        ui = new KioskUi(context, this::leaveKioskMode);
        boolean portrait = true;
        Scene scene = new Scene(ui.root(), portrait ? 1080 : 1920, portrait ? 1920 : 1080);
        primaryStage.setScene(scene);
        primaryStage.setTitle(context.settings().storeNameKo());
        if (context.settings().fullScreen()) {
            primaryStage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            primaryStage.setFullScreenExitHint("");
            primaryStage.setFullScreen(true);
            // the window's close request is refused too: leaving takes the staff PIN
            primaryStage.setOnCloseRequest(e -> e.consume());
        }
        primaryStage.show();
        LOG.info("kiosk window shown ({}x{}, full screen {})", (int) scene.getWidth(), (int) scene.getHeight(),
                primaryStage.isFullScreen());
    }

    public KioskUi ui() {
        return ui;
    }

    /** Staff PIN accepted: leave full screen and stop the kiosk. */
    private void leaveKioskMode() {
        LOG.info("leaving kiosk mode");
        if (stage != null) {
            stage.setFullScreen(false);
        }
        Platform.exit();
    }

    @Override
    public void stop() {
        if (ui != null) {
            ui.close();
        }
    }
}
