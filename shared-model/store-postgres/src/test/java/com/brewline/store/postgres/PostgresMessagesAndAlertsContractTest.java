package com.brewline.store.postgres;

import com.brewline.store.BrewlineStore;
import com.brewline.store.contract.MessagesAndAlertsContract;
import com.brewline.store.contract.TestPostgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

/** Customer messages and staff alerts on PostgreSQL: one database for the class, emptied before each test. */
class PostgresMessagesAndAlertsContractTest extends MessagesAndAlertsContract {
    private static String url;

    @Override
    protected BrewlineStore openFresh(Clock clock) {
        url = TestPostgres.newOrEmptied(url, "messages");
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
