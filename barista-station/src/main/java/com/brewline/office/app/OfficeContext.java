package com.brewline.office.app;

import com.brewline.config.BrewlineConfig;
import com.brewline.config.ConfigLoader;
import com.brewline.config.StaffPin;
import com.brewline.menu.MenuFiles;
import com.brewline.store.BrewlineStore;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

/**
 * What the owner's office is built from. {@code menuConfigured} is false while the configuration names
 * no menu file (the bundled menu is in use): the first save then writes {@code menuFile} into it.
 * {@code zone} is the store's time zone every figure is read in, {@code lateAtFraction} the station's
 * rule for a late ticket.
 */
public record OfficeContext(BrewlineStore store, Path configFile, ConfigLoader loader, MenuFiles menuFiles,
                            boolean menuConfigured, ZoneId zone, double lateAtFraction, Locale language,
                            Clock clock, boolean demoPin) {
    /**
     * The staff PIN's hash as the gate and the PIN change check it now: the configuration file's (read again), else
     * the demo PIN's when this process was started with --demo-pin, else null (no staff action: ADR 0013).
     */
    public String currentPinHash() {
        return StaffPin.current(loader.load(configFile).kiosk().staffPinHash(), demoPin);
    }

    /** The menu file: the configured one, or {@code menu.json} in the data folder once the office saves one. */
    public static Path menuFileOf(BrewlineConfig config) {
        return config.menuFile() != null ? config.menuFile() : config.dataDir().resolve("menu.json");
    }
}
