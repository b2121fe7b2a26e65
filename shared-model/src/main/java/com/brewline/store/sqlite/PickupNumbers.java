package com.brewline.store.sqlite;

import com.brewline.store.StoreException;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Pickup numbers of a business day: 1..999, then round again from 1, skipping any number an open
 * order (paid, in preparation, ready) still holds. A partial unique index backs the promise.
 */
final class PickupNumbers {
    static final int MAX = 999;

    private PickupNumbers() {
    }

    /** Hands out the next free number of the day; the caller holds the write transaction. */
    static int next(Connection c, long dayId) throws SQLException {
        int last = (int) Sql.count(c, "SELECT last_pickup_number FROM business_days WHERE id = ?", dayId);
        Set<Integer> held = new HashSet<>(Sql.list(c, "SELECT pickup_number FROM orders WHERE business_day_id = ? "
                + "AND status IN " + Schema.openStatuses(), rs -> rs.getInt(1), dayId));
        int candidate = last;
        for (int i = 0; i < MAX; i++) {
            candidate = candidate % MAX + 1;
            if (!held.contains(candidate)) {
                Sql.update(c, "UPDATE business_days SET last_pickup_number = ? WHERE id = ?", candidate, dayId);
                return candidate;
            }
        }
        throw new StoreException("All " + MAX + " pickup numbers of the day are held by open orders");
    }
}
