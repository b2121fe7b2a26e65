package com.brewline.cli;

import com.brewline.config.BrewlineConfig;
import com.brewline.config.ConfigException;
import com.brewline.config.LaunchArgs;
import com.brewline.store.BrewlineStore;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code --db PATH|URL} and {@code --config FILE} for the commands that work on the shop's own
 * database (a picocli mixin): without {@code --db}, the database the configuration names (installed:
 * /etc/brewline/brewline.json, else brewline.json in the data folder), as every screen uses it.
 */
final class ConfiguredDatabase {
    @Option(names = "--db", paramLabel = "PATH|URL",
            description = "The order database: a SQLite file or a postgresql:// URL. Default: the configured one.")
    String db;

    @Option(names = "--config", paramLabel = "FILE", description = "The configuration file naming the database. "
            + "Default: /etc/brewline/brewline.json when installed, else brewline.json in your data folder.")
    Path configFile;

    /** Opens the database, which must exist (commands that only read never create an empty one by mistake). */
    BrewlineStore openExisting() {
        if (db != null) {
            return Stores.openExisting(db);
        }
        BrewlineConfig config = configuration();
        if (config.databaseUrl() == null && !Files.isRegularFile(config.database())) {
            throw new CliException("no database at " + config.database() + " (the configured one; --db names another)");
        }
        return com.brewline.store.Stores.open(config, config.clock()); // the store's one time zone
    }

    /**
     * Opens the database to read only (reports): nothing is written, and a file that is not a Brewline database
     * is refused untouched.
     */
    BrewlineStore openForReading() {
        if (db != null) {
            return Stores.openForReading(db);
        }
        BrewlineConfig config = configuration();
        if (config.databaseUrl() == null && !Files.isRegularFile(config.database())) {
            throw new CliException("no database at " + config.database() + " (the configured one; --db names another)");
        }
        return com.brewline.store.Stores.openForReading(new com.brewline.store.StoreLocation(config.storeLocation(),
                config.databasePasswordFile()), config.clock());
    }

    /** @throws CliException naming the configuration's problem (file, line, field) */
    private BrewlineConfig configuration() {
        try {
            return new LaunchArgs(configFile, null, null, null, null, null, false, false, null).load();
        } catch (ConfigException e) {
            throw new CliException(e.getMessage());
        }
    }
}
