package com.brewline.store.sqlite;

import com.brewline.store.contract.ContractEngine;
import com.brewline.store.contract.MessagesAndAlertsContract;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Customer messages and staff alerts on SQLite: a fresh file per test. */
class SqliteMessagesAndAlertsContractTest extends MessagesAndAlertsContract {
    @TempDir
    Path dir;

    @Override
    protected ContractEngine engine() {
        return new SqliteContractEngine(dir);
    }
}
