package com.brewline.store.postgres;

import com.brewline.store.contract.ContractEngine;
import com.brewline.store.contract.StoreContract;

/** The store contract on PostgreSQL: one database for the class, emptied before each test. */
class PostgresStoreContractTest extends StoreContract {
    private static final PostgresContractEngine ENGINE = new PostgresContractEngine("contract");

    @Override
    protected ContractEngine engine() {
        return ENGINE;
    }
}
