package com.brewline.store.jdbc;

import com.brewline.store.ItemAvailability;

import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sold-out toggles, the same SQL on both engines: one row per item ever toggled, the latest state wins. The flag is
 * bound, never written in SQL: SQLite keeps it as 1 or 0, PostgreSQL as a boolean.
 */
public final class JdbcItemAvailability implements ItemAvailability {
    private final Transactions db;
    private final Statements sql;
    private final Clock clock;

    public JdbcItemAvailability(Transactions db, Statements sql, Clock clock) {
        this.db = db;
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public void setSoldOut(String itemId, boolean soldOut, String actor) {
        Objects.requireNonNull(itemId, "itemId");
        db.write("mark item " + itemId + (soldOut ? " sold out" : " available"), c -> sql.update(c,
                "INSERT INTO item_availability (item_id, sold_out, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (item_id) DO UPDATE SET sold_out = excluded.sold_out, "
                        + "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                itemId, soldOut, clock.instant(), Objects.requireNonNullElse(actor, "unknown")));
    }

    @Override
    public Set<String> soldOutItemIds() {
        return db.read("read the sold-out items", c -> new TreeSet<>(sql.list(c,
                "SELECT item_id FROM item_availability WHERE sold_out = ?", rs -> rs.getString(1), true)));
    }
}
