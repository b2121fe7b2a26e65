package com.brewline.store.sqlite;

import com.brewline.store.BrewlineStore;
import com.brewline.store.contract.StoreContract;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

/** The store contract on SQLite: a fresh file per test. */
class SqliteStoreContractTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    protected BrewlineStore openFresh(Clock clock) {
        return SqliteStore.open(dir.resolve("brewline.db"), clock);
    }

    @Override
    protected boolean queuesByCommitOrder() {
        return false; // issue 9 (core) moves SQLite's queue from paid_at to a commit sequence
    }

    @Override
    protected BrewlineStore openAgainOnSameDatabase(Clock clock) {
        return SqliteStore.open(dir.resolve("brewline.db"), clock);
    }
}
