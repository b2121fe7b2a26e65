package com.brewline.store.postgres;

import com.brewline.store.contract.ContractEngine;
import com.brewline.store.contract.MessagesAndAlertsContract;

/** Customer messages and staff alerts on PostgreSQL: one database for the class, emptied before each test. */
class PostgresMessagesAndAlertsContractTest extends MessagesAndAlertsContract {
    private static final PostgresContractEngine ENGINE = new PostgresContractEngine("messages");

    @Override
    protected ContractEngine engine() {
        return ENGINE;
    }
}
