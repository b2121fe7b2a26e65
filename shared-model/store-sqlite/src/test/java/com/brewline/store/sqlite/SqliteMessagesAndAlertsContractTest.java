package com.brewline.store.sqlite;

import com.brewline.store.BrewlineStore;
import com.brewline.store.contract.MessagesAndAlertsContract;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;

/** Customer messages and staff alerts on SQLite: a fresh file per test. */
class SqliteMessagesAndAlertsContractTest extends MessagesAndAlertsContract {
    @TempDir
    Path dir;

    @Override
    protected BrewlineStore openFresh(Clock clock) {
        return SqliteStore.open(dir.resolve("brewline.db"), clock);
    }

    @Override
    protected Connection rawConnection() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("brewline.db"));
    }

    @Override
    protected BrewlineStore openAgainOnSameDatabase(Clock clock) {
        return SqliteStore.open(dir.resolve("brewline.db"), clock);
    }
}
