package com.brewline.store.postgres;

import com.brewline.store.BrewlineStore;
import com.brewline.store.contract.StoreContract;
import com.brewline.store.contract.TestPostgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

/**
 * The store contract on PostgreSQL: the JVM's embedded server, one database for the class, emptied
 * before each test (TRUNCATE is cheap; CREATE DATABASE copies and syncs a whole template each time).
 */
class PostgresStoreContractTest extends StoreContract {
    private static String url;

    @Override
    protected BrewlineStore openFresh(Clock clock) {
        url = TestPostgres.newOrEmptied(url, "contract");
        return PostgresStore.open(url, clock);
    }

    @Override
    protected Connection rawConnection() throws SQLException {
        return TestPostgres.connect(url);
    }

    @Override
    protected BrewlineStore openAgainOnSameDatabase(Clock clock) {
        return PostgresStore.open(url, clock);
    }
}
