package com.brewline.store;

import java.time.Clock;

/**
 * One storage engine (SQLite, PostgreSQL), found through {@link java.util.ServiceLoader} so that the
 * screens open a store by its location and never see an engine's classes. See {@link Stores}.
 */
public interface StoreEngine {
    /** For people: "SQLite", "PostgreSQL". */
    String name();

    /** Whether this engine serves the location (a path for SQLite, a postgresql:// URL for PostgreSQL). */
    boolean accepts(StoreLocation location);

    /** Opens the store, creating and migrating its schema when needed; a newer schema is refused untouched. */
    BrewlineStore open(StoreLocation location, Clock clock);

    /**
     * Opens an existing store to read only (reports): nothing is written, and a location that is not a Brewline
     * store is refused untouched. A server engine has no file to spoil and may simply {@link #open} it.
     */
    default BrewlineStore openForReading(StoreLocation location, Clock clock) {
        return open(location, clock);
    }

    /** Reads the schema version and checks the tables without writing anything. */
    SchemaStatus check(StoreLocation location);

    /** Brings the schema up to this version's (what {@link #open} does first), and says what it found. */
    SchemaStatus migrate(StoreLocation location);
}
