package com.brewline.store.sqlite;

import com.brewline.model.PickupNumberRules;

import java.sql.Connection;
import java.sql.SQLException;

import static com.brewline.store.sqlite.SqliteStatements.SQL;

/**
 * Pickup numbers of a business day: 1..999, then round again from 1, skipping any number an open
 * order (paid, in preparation, ready) of ANY day still holds. A partial unique index (schema v3) backs
 * the promise that two open orders never share a number.
 */
final class PickupNumbers {
    static final int MAX = PickupNumberRules.MAX;

    /**
     * Is the number held by an open order? The WHERE repeats the partial index's condition word for word,
     * so SQLite answers from that index in one look-up instead of reading every open order of the day.
     */
    private static final String HELD = "SELECT count(*) FROM orders WHERE pickup_number = ? "
            + "AND status IN " + Schema.openStatuses();

    private PickupNumbers() {
    }

    /** How many numbers open orders hold now (each open order holds one). */
    static int held(Connection c) throws SQLException {
        return (int) SQL.count(c, "SELECT count(*) FROM orders WHERE status IN " + Schema.openStatuses());
    }

    /** Hands out the next free number of the day, or 0 when all are held; the caller holds the write transaction. */
    static int nextOrNone(Connection c, long dayId) throws SQLException {
        int last = (int) SQL.count(c, "SELECT last_pickup_number FROM business_days WHERE id = ?", dayId);
        int candidate = last;
        for (int i = 0; i < MAX; i++) {
            candidate = candidate % MAX + 1;
            if (SQL.count(c, HELD, candidate) == 0) {
                SQL.update(c, "UPDATE business_days SET last_pickup_number = ? WHERE id = ?", candidate, dayId);
                return candidate;
            }
        }
        return 0;
    }
}
