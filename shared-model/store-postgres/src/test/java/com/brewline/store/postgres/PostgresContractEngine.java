package com.brewline.store.postgres;

import com.brewline.store.BrewlineStore;
import com.brewline.store.contract.ContractEngine;
import com.brewline.store.contract.TestPostgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

/**
 * The contract suites on PostgreSQL: the JVM's embedded server, one database per test class, emptied before each
 * test (TRUNCATE is cheap; CREATE DATABASE copies and syncs a whole template each time).
 */
final class PostgresContractEngine implements ContractEngine {
    private final String hint;
    private String url;

    PostgresContractEngine(String hint) {
        this.hint = hint;
    }

    @Override
    public BrewlineStore openFresh(Clock clock) {
        url = TestPostgres.newOrEmptied(url, hint);
        return PostgresStore.open(url, clock);
    }

    @Override
    public Connection rawConnection() throws SQLException {
        return TestPostgres.connect(url);
    }

    @Override
    public BrewlineStore openAgain(Clock clock) {
        return PostgresStore.open(url, clock);
    }
}
