package com.brewline.office.app;

import com.brewline.display.I18n;
import com.brewline.config.BrewlineConfig;
import com.brewline.config.ConfigLoader;
import com.brewline.config.LaunchArgs;
import com.brewline.store.BrewlineStore;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * The office opened from the barista station's top bar: the staff PIN first, then a window of its own
 * beside the station (which keeps running). The station's main remembers its launch arguments here.
 */
public final class OfficeEntry {
    private static volatile LaunchArgs launchArgs = LaunchArgs.none();
    private static volatile BrewlineConfig config;

    private OfficeEntry() {
    }

    /** Called by a display's main once its configuration was accepted. */
    public static void remember(LaunchArgs args, BrewlineConfig loaded) {
        launchArgs = args;
        config = loaded;
    }

    /** On the FX thread. */
    public static void open(Window owner, BrewlineStore store, Locale language, Clock clock) {
        ConfigLoader loader = ConfigLoader.forThisMachine();
        Path configFile = OfficeContexts.configFile(launchArgs, loader);
        BrewlineConfig cfg = config != null ? config : launchArgs.load(loader);
        I18n messages = new I18n(OfficeScreen.MESSAGES, language);
        OfficeContext context = OfficeContexts.of(store, cfg, configFile, loader, language, clock);
        if (!StaffGate.ask(owner, messages, context::currentPinHash, clock)) {
            return;
        }
        OfficeScreen screen = new OfficeScreen(context);
        Stage stage = new Stage();
        stage.setTitle(screen.messages().text("office.title"));
        stage.setScene(new Scene(screen.root(), 1600, 960));
        stage.setOnHidden(e -> screen.close());
        stage.show();
    }
}
