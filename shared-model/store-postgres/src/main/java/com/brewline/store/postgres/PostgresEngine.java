package com.brewline.store.postgres;

import com.brewline.store.BrewlineStore;
import com.brewline.store.SchemaStatus;
import com.brewline.store.StoreEngine;
import com.brewline.store.StoreLocation;

import java.time.Clock;

/** The PostgreSQL engine for {@link com.brewline.store.Stores}: serves postgresql:// and postgres:// URLs. */
public final class PostgresEngine implements StoreEngine {
    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public boolean accepts(StoreLocation location) {
        return PostgresUrl.accepts(location);
    }

    @Override
    public BrewlineStore open(StoreLocation location, Clock clock) {
        return PostgresStore.open(location, clock);
    }

    @Override
    public SchemaStatus check(StoreLocation location) {
        try (PgDatabase db = new PgDatabase(PostgresUrl.parse(location), 1, () -> { })) {
            return PostgresStore.check(db);
        }
    }

    @Override
    public SchemaStatus migrate(StoreLocation location) {
        try (PgDatabase db = new PgDatabase(PostgresUrl.parse(location), 1, () -> { })) {
            return PostgresStore.migrate(db);
        }
    }
}
