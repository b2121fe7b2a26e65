package com.brewline.store.contract;

import com.brewline.store.BrewlineStore;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

/**
 * How the contract suites ({@link StoreContract}, {@link MessagesAndAlertsContract}) reach one engine: each engine's
 * tests give one of these, so the suites' subclasses are one line each and never repeat the set-up.
 */
public interface ContractEngine {
    /** A store on a new, empty database. */
    BrewlineStore openFresh(Clock clock);

    /** A plain JDBC connection to that database, for a test that reads or writes rows as no store would. */
    Connection rawConnection() throws SQLException;

    /** Another store on the database {@link #openFresh} opened last (another process would do the same). */
    BrewlineStore openAgain(Clock clock);
}
