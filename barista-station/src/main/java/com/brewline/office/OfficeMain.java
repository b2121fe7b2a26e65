package com.brewline.office;

import com.brewline.barista.app.DisplayContexts;
import com.brewline.config.BrewlineConfig;
import com.brewline.config.ConfigException;
import com.brewline.config.ConfigLoader;
import com.brewline.office.app.OfficeApp;
import com.brewline.office.app.OfficeContexts;
import com.brewline.store.sqlite.SqliteStore;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * The owner's office as its own window (the {@code brewline-office} launcher): figures, the menu, the staff PIN.
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
        SqliteStore store;
        try {
            store = SqliteStore.open(config.database(), Clock.systemDefaultZone());
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(OfficeMain.class).error("the office could not start", e);
            System.err.println("The office could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        ConfigLoader loader = ConfigLoader.forThisMachine();
        OfficeApp.launch(OfficeContexts.of(store, config, OfficeContexts.configFile(args.launch(), loader), loader,
                args.language(), Clock.systemDefaultZone()), store::close);
    }
}
