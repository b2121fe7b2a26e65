package com.brewline.cli;

import com.brewline.config.ConfigException;
import com.brewline.config.LaunchArgs;
import com.brewline.store.BrewlineStore;
import com.brewline.store.StoreLocation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Opens the order database for a command: a SQLite file path or a PostgreSQL URL
 * ({@code postgresql://user@host:5432/brewline}; the password from BREWLINE_DB_PASSWORD or PGPASSWORD), on the
 * store's one clock (store.timeZone of the configuration).
 */
final class Stores {
    private Stores() {
    }

    /**
     * The store's clock: the configuration's time zone (the layout's brewline.json, or the file named by the
     * environment variable BREWLINE_CONFIG), so {@code report --day <today>} dates days as the kiosk does.
     */
    static Clock storeClock() {
        try {
            String file = System.getenv("BREWLINE_CONFIG");
            return new LaunchArgs(file == null ? null : Path.of(file), null, null, null, null, null, false, false, null).load().clock();
        } catch (ConfigException e) {
            throw new CliException(e.getMessage());
        }
    }

    static boolean isServer(String location) {
        return StoreLocation.of(location).isUrl();
    }

    /** Opens the database, creating it (and its schema) when the file does not exist yet. */
    static BrewlineStore openOrCreate(String location) {
        if (!isServer(location)) {
            Path parent = Path.of(location).toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new CliException("the folder of the database does not exist: " + parent);
            }
        }
        return com.brewline.store.Stores.open(location, storeClock());
    }

    static BrewlineStore openOrCreate(Path db) {
        return openOrCreate(db.toString());
    }

    /** Opens an existing database for reading only: nothing is written, another file is refused untouched. */
    static BrewlineStore openForReading(String location) {
        if (!isServer(location) && !Files.isRegularFile(Path.of(location))) {
            throw new CliException("no database at " + Path.of(location).toAbsolutePath());
        }
        return com.brewline.store.Stores.openForReading(StoreLocation.of(location), storeClock());
    }

    /** Opens a database that must already exist (reports never create an empty one by mistake). */
    static BrewlineStore openExisting(String location) {
        if (!isServer(location) && !Files.isRegularFile(Path.of(location))) {
            throw new CliException("no database at " + Path.of(location).toAbsolutePath());
        }
        return com.brewline.store.Stores.open(location, storeClock());
    }
}
