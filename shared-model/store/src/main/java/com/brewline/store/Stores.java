package com.brewline.store;

import com.brewline.config.BrewlineConfig;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The one way to open a store: by its location, whichever engine serves it. The engines on the
 * class path register themselves (META-INF/services/com.brewline.store.StoreEngine), so a screen
 * depends on them at run time only.
 */
public final class Stores {
    private Stores() {
    }

    public static BrewlineStore open(StoreLocation location, Clock clock) {
        return engineFor(location).open(location, clock);
    }

    /** The store the configuration names ({@code database}, or {@code --db} for one run). */
    public static BrewlineStore open(BrewlineConfig config, Clock clock) {
        return open(new StoreLocation(config.storeLocation(), config.databasePasswordFile()), clock);
    }

    /** The store at {@code location}, to read only: see {@link StoreEngine#openForReading}. */
    public static BrewlineStore openForReading(StoreLocation location, Clock clock) {
        return engineFor(location).openForReading(location, clock);
    }

    public static BrewlineStore open(String location, Clock clock) {
        return open(StoreLocation.of(location), clock);
    }

    /** @throws StoreException when no engine on the class path serves the location */
    public static StoreEngine engineFor(StoreLocation location) {
        List<String> names = new ArrayList<>();
        for (StoreEngine engine : ServiceLoader.load(StoreEngine.class, Stores.class.getClassLoader())) {
            if (engine.accepts(location)) {
                return engine;
            }
            names.add(engine.name());
        }
        throw new StoreException("No store engine serves the database location '" + location + "'"
                + (names.isEmpty() ? ": no engine is installed (the SQLite or PostgreSQL store module is missing)"
                : " (installed: " + String.join(", ", names) + "; a SQLite file path or a postgresql://user@host:5432/db URL)"));
    }
}
