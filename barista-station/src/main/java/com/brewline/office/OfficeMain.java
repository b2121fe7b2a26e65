package com.brewline.office;

import com.brewline.config.BrewlineConfig;
import com.brewline.config.ConfigLoader;
import com.brewline.display.DisplayApplication;
import com.brewline.display.I18n;
import com.brewline.display.launch.LaunchOptions;
import com.brewline.display.launch.ScreenLaunch;
import com.brewline.office.app.OfficeContext;
import com.brewline.office.app.OfficeContexts;
import com.brewline.office.app.OfficeScreen;
import com.brewline.office.app.StaffGate;
import com.brewline.store.BrewlineStore;
import com.brewline.store.Stores;
import javafx.application.Platform;
import javafx.scene.Scene;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Locale;

/**
 * The owner's office as its own window (the {@code brewline-office} launcher): figures, the menu and the
 * staff PIN, after the staff PIN. Options: the shared launch options plus {@code --lang ko|en}.
 */
public final class OfficeMain {
    private OfficeMain() {
    }

    @Command(name = "brewline-office", sortOptions = false,
            description = "The owner's office: the day, week and month in charts, the menu edited on screen, the staff PIN.")
    static final class Options {
        @Mixin
        LaunchOptions launch = new LaunchOptions();

        @Option(names = "--lang", paramLabel = "ko|en", description = "The screen's language (default: ko).")
        String language = "ko";
    }

    public static void main(String[] argv) {
        String name = "office";
        Options options = new Options();
        ScreenLaunch.parseOrExit("brewline-office", options, argv);
        if (!options.language.equals("ko") && !options.language.equals("en")) {
            ScreenLaunch.exit(ScreenLaunch.BAD_USAGE, name,
                    new IllegalArgumentException("--lang must be ko or en, was \"" + options.language + "\""));
            return;
        }
        BrewlineConfig config = ScreenLaunch.configureOrExit(options.launch, "office", name);
        ScreenLaunch.requireDisplayOrExit(name);
        BrewlineStore store;
        try {
            store = Stores.open(config, config.clock());
        } catch (RuntimeException e) {
            ScreenLaunch.exit(ScreenLaunch.FAILED, name, e);
            return;
        }
        ConfigLoader loader = ConfigLoader.forThisMachine();
        OfficeContext context = OfficeContexts.of(store, config, OfficeContexts.configFile(options.launch.launchArgs(), loader),
                loader, Locale.forLanguageTag(options.language), config.clock());
        ScreenLaunch.launchOrExit(name, () -> DisplayApplication.launch(stage -> {
            I18n text = new I18n(OfficeScreen.MESSAGES, context.language());
            if (!StaffGate.ask(null, text, context::currentPinHash, context.clock())) {
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
        }));
    }
}
