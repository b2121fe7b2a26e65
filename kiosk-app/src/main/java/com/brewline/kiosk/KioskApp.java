package com.brewline.kiosk;

import javafx.application.Platform;
import com.brewline.config.WindowArea;
import com.brewline.display.DisplayApplication;
import com.brewline.display.ScaledPane;
import com.brewline.display.launch.ScreenPlacement;
import com.brewline.kiosk.common.KioskTexts;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import javafx.stage.Screen;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.function.Supplier;
import java.util.ResourceBundle;

/**
 * The kiosk window: full screen with no key that leaves it; only the staff gesture plus PIN does.
 * The display module's one {@link DisplayApplication} opens it on the primary stage
 * ({@code DisplayApplication.launch(new KioskApp(context))}, as {@link KioskMain} does); no static
 * copy of the context is kept.
 */
public final class KioskApp implements DisplayApplication.Windows, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KioskApp.class);

    private final Supplier<KioskContext> contextSource;
    private KioskContext context;
    private KioskUi ui;
    private Stage stage;

    public KioskApp(KioskContext context) {
        this(() -> context);
    }

    /** @param contextSource the context as it becomes ready: {@link KioskMain} opens the store while JavaFX starts */
    public KioskApp(Supplier<KioskContext> contextSource) {
        this.contextSource = Objects.requireNonNull(contextSource, "contextSource");
    }

    @Override
    public AutoCloseable open(Stage primaryStage) {
        start(primaryStage);
        return this;
    }

    private void start(Stage primaryStage) {
        this.context = contextSource.get();
        this.stage = primaryStage;
        Thread.setDefaultUncaughtExceptionHandler(this::reportCrash);
        ui = new KioskUi(context, this::leaveKioskMode);
        com.brewline.display.DemoMark.addIfDemo(ui.root());
        Scene scene = context.settings().fullScreen() ? new Scene(ui.root(), 1080, 1920) : windowedScene(ui.root());
        primaryStage.setScene(scene);
        primaryStage.setTitle(context.settings().storeNameKo());
        if (context.settings().fullScreen()) {
            primaryStage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            // the window's close request is refused too: leaving takes the staff PIN
            primaryStage.setOnCloseRequest(e -> e.consume());
            // the whole screen even with no window manager to honour "full screen" (a kiosk session)
            ScreenPlacement.showFullScreen(primaryStage, Screen.getPrimary());
        } else {
            WindowArea.fromSystemProperty().ifPresent(area -> {
                // the demo's kiosk: the window it was given (a portrait part of the screen), the layout scaled to it
                Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
                primaryStage.setX(bounds.getMinX() + area.x() * bounds.getWidth());
                primaryStage.setY(bounds.getMinY() + area.y() * bounds.getHeight());
                primaryStage.setWidth(area.width() * bounds.getWidth());
                primaryStage.setHeight(area.height() * bounds.getHeight());
            });
            primaryStage.show();
        }
        LOG.info("kiosk window shown ({})", ScreenPlacement.describe(primaryStage));
    }

    /**
     * Off the kiosk (a developer's screen, the demo) the portrait layout is shown whole, scaled down to the
     * window the demo gives it ({@link WindowArea}), else to fit the screen's height, so it looks exactly as on
     * the kiosk.
     */
    private static Scene windowedScene(Parent root) {
        if (WindowArea.fromSystemProperty().isPresent() && root instanceof Region region) {
            // placed in a part of the screen (the demo): the portrait layout scaled whole to whatever that window is
            region.getStyleClass().add("root"); // the theme's colour variables live on .root, now the pane's
            return new Scene(new ScaledPane(region, 1920, 1080));
        }
        double scale = Math.min(1, Screen.getPrimary().getVisualBounds().getHeight() * 0.92 / 1920);
        if (scale >= 1 || !(root instanceof Region region)) {
            return new Scene(root, 1080, 1920);
        }
        region.setMinSize(1080, 1920);
        region.setPrefSize(1080, 1920);
        region.setMaxSize(1080, 1920);
        region.getStyleClass().add("root"); // the theme's colour variables live on .root, now the Group's
        Group scaled = new Group(region);
        scaled.getTransforms().add(new Scale(scale, scale));
        return new Scene(scaled, 1080 * scale, 1920 * scale);
    }

    /** Anything unexpected: in the log with its cause, and on screen in words staff can act on. */
    private void reportCrash(Thread thread, Throwable error) {
        LOG.error("unexpected error on thread {}", thread.getName(), error);
        Runnable show = () -> {
            ResourceBundle bundle = KioskTexts.i18n(context.settings().language()).bundle();
            Alert alert = new Alert(Alert.AlertType.ERROR, bundle.getString("crash.body"), ButtonType.OK);
            alert.setHeaderText(bundle.getString("crash.title"));
            alert.initOwner(stage);
            alert.show();
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
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

    /** The application stops (the last window closed, or the staff exit): the UI's timers and feeds end. */
    @Override
    public void close() {
        if (ui != null) {
            ui.close();
        }
    }
}
