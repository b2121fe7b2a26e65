package com.brewline.office.app;

import com.brewline.config.BrewlineConfig;
import com.brewline.config.ConfigLoader;
import com.brewline.config.LaunchArgs;
import com.brewline.menu.MenuFiles;
import com.brewline.store.BrewlineStore;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/** Puts an {@link OfficeContext} together from the launch arguments and the configuration. */
public final class OfficeContexts {
    private OfficeContexts() {
    }

    /** The configuration file the screens read: {@code --config}, else the layout's default file. */
    public static Path configFile(LaunchArgs args, ConfigLoader loader) {
        return args.configFile() != null ? args.configFile().toAbsolutePath() : loader.defaultConfigFile();
    }

    /** The figures are read in the store's time zone ({@code store.timeZone}), as {@code brewline report --time-zone}. */
    public static OfficeContext of(BrewlineStore store, BrewlineConfig config, Path configFile, ConfigLoader loader,
                                   Locale language, Clock clock) {
        Path menu = OfficeContext.menuFileOf(config);
        return new OfficeContext(store, configFile, loader, new MenuFiles(menu), config.menuFile() != null,
                config.timeZone(), config.barista().lateAtTargetFraction(), language, clock,
                com.brewline.config.StaffPin.isDemo(config.kiosk().staffPinHash()));
    }
}
