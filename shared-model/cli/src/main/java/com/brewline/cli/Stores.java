package com.brewline.cli;

import com.brewline.store.BrewlineStore;
import com.brewline.store.sqlite.SqliteStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** Opens the order database for a command. */
final class Stores {
    private Stores() {
    }

    /** Opens the database, creating it (and its schema) when the file does not exist yet. */
    static BrewlineStore openOrCreate(Path db) {
        Path parent = db.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new CliException("the folder of the database does not exist: " + parent);
        }
        return SqliteStore.open(db, Clock.systemDefaultZone());
    }

    /** Opens a database that must already exist (reports never create an empty one by mistake). */
    static BrewlineStore openExisting(Path db) {
        if (!Files.isRegularFile(db)) {
            throw new CliException("no database at " + db.toAbsolutePath());
        }
        return SqliteStore.open(db, Clock.systemDefaultZone());
    }
}
