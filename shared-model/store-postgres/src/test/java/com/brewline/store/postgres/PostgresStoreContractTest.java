package com.brewline.store.postgres;

import com.brewline.store.BrewlineStore;
import com.brewline.store.contract.StoreContract;
import com.brewline.store.contract.TestPostgres;

import java.time.Clock;

/** The store contract on PostgreSQL: the JVM's embedded server, a new database per test. */
class PostgresStoreContractTest extends StoreContract {
    private String url;

    @Override
    protected BrewlineStore openFresh(Clock clock) {
        url = TestPostgres.newDatabase("contract");
        return PostgresStore.open(url, clock);
    }

    @Override
    protected BrewlineStore openAgainOnSameDatabase(Clock clock) {
        return PostgresStore.open(url, clock);
    }
}
