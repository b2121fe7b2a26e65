package com.brewline.store.sqlite;

import com.brewline.store.contract.ContractEngine;
import com.brewline.store.contract.StoreContract;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The store contract on SQLite: a fresh file per test. */
class SqliteStoreContractTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    protected ContractEngine engine() {
        return new SqliteContractEngine(dir);
    }
}
