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
    protected java.sql.Connection rawConnection() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("brewline.db"));
    }

    @Override
    protected BrewlineStore openAgainOnSameDatabase(Clock clock) {
        return SqliteStore.open(dir.resolve("brewline.db"), clock);
    }
}
