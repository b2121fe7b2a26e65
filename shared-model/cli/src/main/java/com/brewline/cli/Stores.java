package com.brewline.cli;

import com.brewline.store.BrewlineStore;
import com.brewline.store.StoreLocation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Opens the order database for a command: a SQLite file path or a PostgreSQL URL
 * ({@code postgresql://user@host:5432/brewline}; the password from BREWLINE_DB_PASSWORD or PGPASSWORD).
 */
final class Stores {
    private Stores() {
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
        return com.brewline.store.Stores.open(location, Clock.systemDefaultZone());
    }

    static BrewlineStore openOrCreate(Path db) {
        return openOrCreate(db.toString());
    }

    /** Opens a database that must already exist (reports never create an empty one by mistake). */
    static BrewlineStore openExisting(String location) {
        if (!isServer(location) && !Files.isRegularFile(Path.of(location))) {
            throw new CliException("no database at " + Path.of(location).toAbsolutePath());
        }
        return com.brewline.store.Stores.open(location, Clock.systemDefaultZone());
    }
}
