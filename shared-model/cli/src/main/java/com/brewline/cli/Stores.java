package com.brewline.cli;

import com.brewline.config.ConfigException;
import com.brewline.config.LaunchArgs;
import com.brewline.store.BrewlineStore;
import com.brewline.store.sqlite.SqliteStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** Opens the order database for a command, on the store's one clock (store.timeZone of brewline.json). */
final class Stores {
    private Stores() {
    }

    /**
     * The store's clock: the configuration's time zone (the data folder's brewline.json, or the file named by
     * the environment variable BREWLINE_CONFIG), so {@code report --day <today>} dates days as the kiosk does.
     */
    static Clock storeClock() {
        try {
            String file = System.getenv("BREWLINE_CONFIG");
            LaunchArgs args = file == null ? LaunchArgs.parse() : LaunchArgs.parse("--config", file);
            return args.load().clock();
        } catch (ConfigException e) {
            throw new CliException(e.getMessage());
        }
    }

    /** Opens the database, creating it (and its schema) when the file does not exist yet. */
    static BrewlineStore openOrCreate(Path db) {
        Path parent = db.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new CliException("the folder of the database does not exist: " + parent);
        }
        return SqliteStore.open(db, storeClock());
    }

    /** Opens an existing Brewline database for reading only: nothing is written, another file is refused untouched. */
    static BrewlineStore openForReading(Path db) {
        if (!Files.isRegularFile(db)) {
            throw new CliException("no database at " + db.toAbsolutePath());
        }
        return SqliteStore.openForReading(db, storeClock());
    }

    /** Opens a database that must already exist (reports never create an empty one by mistake). */
    static BrewlineStore openExisting(Path db) {
        if (!Files.isRegularFile(db)) {
            throw new CliException("no database at " + db.toAbsolutePath());
        }
        return SqliteStore.open(db, storeClock());
    }
}
