package com.brewline.store.sqlite;

import com.brewline.store.StoreException;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Pickup numbers of a business day: 1..999, then round again from 1, skipping any number an open
 * order (paid, in preparation, ready) still holds. A partial unique index backs the promise.
 */
final class PickupNumbers {
    static final int MAX = 999;

    /**
     * Is the number held by an open order? The WHERE repeats the partial index's condition word for word,
     * so SQLite answers from that index in one look-up instead of reading every open order of the day.
     */
    private static final String HELD = "SELECT count(*) FROM orders WHERE business_day_id = ? AND pickup_number = ? "
            + "AND status IN " + Schema.openStatuses();

    private PickupNumbers() {
    }

    /** Hands out the next free number of the day; the caller holds the write transaction. */
    static int next(Connection c, long dayId) throws SQLException {
        int last = (int) Sql.count(c, "SELECT last_pickup_number FROM business_days WHERE id = ?", dayId);
        int candidate = last;
        for (int i = 0; i < MAX; i++) {
            candidate = candidate % MAX + 1;
            if (Sql.count(c, HELD, dayId, candidate) == 0) {
                Sql.update(c, "UPDATE business_days SET last_pickup_number = ? WHERE id = ?", candidate, dayId);
                return candidate;
            }
        }
        throw new StoreException("All " + MAX + " pickup numbers of the day are held by open orders");
    }
}
