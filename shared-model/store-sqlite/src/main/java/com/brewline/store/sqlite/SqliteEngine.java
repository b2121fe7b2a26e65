package com.brewline.store.sqlite;

import com.brewline.store.BrewlineStore;
import com.brewline.store.SchemaStatus;
import com.brewline.store.StoreEngine;
import com.brewline.store.StoreException;
import com.brewline.store.StoreLocation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** The SQLite engine for {@link com.brewline.store.Stores}: serves every location that is not a URL (a file path). */
public final class SqliteEngine implements StoreEngine {
    @Override
    public String name() {
        return "SQLite";
    }

    @Override
    public boolean accepts(StoreLocation location) {
        return !location.isUrl() || location.value().startsWith("file:");
    }

    private static Path file(StoreLocation location) {
        String v = location.value();
        return Path.of(v.startsWith("file:") ? java.net.URI.create(v).getPath() : v);
    }

    @Override
    public BrewlineStore open(StoreLocation location, Clock clock) {
        return SqliteStore.open(file(location), clock);
    }

    /** Empty files, other applications' databases and non-Brewline files are refused untouched (no -wal, no -shm). */
    @Override
    public BrewlineStore openForReading(StoreLocation location, Clock clock) {
        return SqliteStore.openForReading(file(location), clock);
    }

    @Override
    public SchemaStatus check(StoreLocation location) {
        Path file = file(location);
        if (!Files.isRegularFile(file)) {
            throw new StoreException("No database at " + file.toAbsolutePath());
        }
        return SqliteSchemaCheck.check(file);
    }

    @Override
    public SchemaStatus migrate(StoreLocation location) {
        Path file = file(location);
        SchemaStatus before = Files.isRegularFile(file) ? SqliteSchemaCheck.check(file) : null;
        SqliteStore.open(file, Clock.systemDefaultZone()).close();
        SchemaStatus after = SqliteSchemaCheck.check(file);
        int from = before == null ? 0 : before.found();
        return new SchemaStatus(after.engine(), after.location(), after.found(), after.known(),
                (from == after.found() ? "nothing to do" : "migrated from version " + from) + "; " + after.detail());
    }
}
