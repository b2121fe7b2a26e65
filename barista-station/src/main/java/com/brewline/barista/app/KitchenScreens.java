package com.brewline.barista.app;

import com.brewline.barista.kitchen.ExpoView;
import com.brewline.barista.kitchen.ExpoViewModel;
import com.brewline.barista.kitchen.KitchenStatusView;
import com.brewline.barista.kitchen.KitchenStatusViewModel;
import com.brewline.display.I18n;
import com.brewline.screens.DisplayContext;
import com.brewline.config.BrewlineConfig;
import com.brewline.display.DemoMark;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;

import java.time.Duration;

/**
 * Builds the kitchen's views (issue 12) from a context and the configuration's kitchen: the status strip a
 * station shows above its tickets, and the expo screen. Used by the apps and the tests alike; on the FX thread.
 */
public final class KitchenScreens {
    public static final String MESSAGES = "com.brewline.barista.kitchen.messages";
    /** Silence shows up to this much later than its limit: the strip reads the heartbeats this often. */
    private static final Duration READ_EVERY = Duration.ofSeconds(5);

    private KitchenScreens() {
    }

    /** A screen's root and what must be closed with it. */
    public record Built(Parent root, AutoCloseable closing) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            closing.close();
        }
    }

    /** The status strip above {@code screen}: which kiosks are alive, whether the provider answers. */
    public static Built withStatusStrip(Parent screen, DisplayContext context, BrewlineConfig.Kitchen kitchen) {
        KitchenStatusViewModel status = new KitchenStatusViewModel(context.store(), kitchen.routing(),
                kitchen.silentAfter(), context.clock(), Platform::runLater,
                new I18n(MESSAGES, context.settings().language()));
        BorderPane root = new BorderPane(screen);
        Parent strip = KitchenStatusView.load(status).root();
        root.setTop(strip);
        if (DemoMark.enabled()) {
            // the demo mark at the strip's right end, which keeps room for it: over the station's buttons it hid them
            strip.getStyleClass().add("beside-demo-mark");
            DemoMark.addTo(root, Pos.TOP_RIGHT);
        }
        status.start(READ_EVERY);
        return new Built(root, status);
    }

    /** The expo screen: the status strip over every open order with each station's part. */
    public static Built expo(DisplayContext context, BrewlineConfig.Kitchen kitchen) {
        ExpoViewModel expo = new ExpoViewModel(context.store(), kitchen.routing(), "expo:" + context.settings().stationId(),
                Platform::runLater, new I18n(MESSAGES, context.settings().language()));
        Built built = withStatusStrip(ExpoView.load(expo).root(), context, kitchen);
        expo.start();
        return new Built(built.root(), () -> {
            expo.close();
            built.close();
        });
    }
}
