package com.brewline.store.postgres;

import com.brewline.store.BrewlineStore;
import com.brewline.store.contract.StoreContract;
import com.brewline.store.contract.TestPostgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

/**
 * The store contract on PostgreSQL: the JVM's embedded server, one database for the class, emptied
 * before each test (TRUNCATE is cheap; CREATE DATABASE copies and syncs a whole template each time).
 */
class PostgresStoreContractTest extends StoreContract {
    private static String url;

    @Override
    protected BrewlineStore openFresh(Clock clock) {
        if (url == null) {
            url = TestPostgres.newDatabase("contract");
        } else {
            try (Connection c = TestPostgres.connect(url); Statement s = c.createStatement()) {
                s.execute("TRUNCATE " + String.join(", ", com.brewline.store.schema.SchemaSteps.TABLES) + " RESTART IDENTITY");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot empty the test database " + url, e);
            }
        }
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
