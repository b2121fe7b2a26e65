package com.brewline.office;

import com.brewline.screens.DisplayContexts;
import com.brewline.config.BrewlineConfig;
import com.brewline.config.ConfigException;
import com.brewline.config.ConfigLoader;
import com.brewline.display.DisplayApplication;
import com.brewline.display.I18n;
import com.brewline.office.app.OfficeContext;
import com.brewline.office.app.OfficeContexts;
import com.brewline.office.app.OfficeScreen;
import com.brewline.office.app.StaffGate;
import com.brewline.store.BrewlineStore;
import com.brewline.store.Stores;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.slf4j.LoggerFactory;

/**
 * The owner's office as its own window (the {@code brewline-office} launcher): figures, the menu, the staff
 * PIN, after the staff PIN.
 * <pre>OfficeMain [--config FILE] [--db PATH] [--menu FILE] [--lang ko|en]</pre>
 */
public final class OfficeMain {
    private OfficeMain() {
    }

    public static void main(String[] argv) {
        DisplayContexts.Args args;
        BrewlineConfig config;
        try {
            args = DisplayContexts.parse(argv);
            config = DisplayContexts.configure(args, "office");
        } catch (IllegalArgumentException | ConfigException e) {
            System.err.println("office: " + e.getMessage());
            System.exit(2);
            return;
        }
        BrewlineStore store;
        try {
            store = Stores.open(config, config.clock());
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(OfficeMain.class).error("the office could not start", e);
            System.err.println("The office could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        ConfigLoader loader = ConfigLoader.forThisMachine();
        OfficeContext context = OfficeContexts.of(store, config, OfficeContexts.configFile(args.launch(), loader), loader,
                args.language(), config.clock());
        DisplayApplication.launch(stage -> {
            I18n text = new I18n(OfficeScreen.MESSAGES, context.language());
            if (!StaffGate.ask(null, text, () -> loader.load(context.configFile()).kiosk().staffPinHash(), context.clock())) {
                Platform.exit();
                return store::close;
            }
            OfficeScreen screen = new OfficeScreen(context);
            stage.setTitle(text.text("office.title"));
            stage.setScene(new Scene(screen.root(), 1600, 960));
            stage.show();
            return () -> {
                screen.close();
                store.close();
            };
        });
    }
}
