package com.brewline.store.sqlite;

import com.brewline.store.BrewlineStore;
import com.brewline.store.contract.ContractEngine;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;

/** The contract suites on SQLite: one file in the test's own folder (a fresh folder per test). */
record SqliteContractEngine(Path dir) implements ContractEngine {
    private Path file() {
        return dir.resolve("brewline.db");
    }

    @Override
    public BrewlineStore openFresh(Clock clock) {
        return SqliteStore.open(file(), clock);
    }

    @Override
    public Connection rawConnection() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file());
    }

    @Override
    public BrewlineStore openAgain(Clock clock) {
        return SqliteStore.open(file(), clock);
    }
}
