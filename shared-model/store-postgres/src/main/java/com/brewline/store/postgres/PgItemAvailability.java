package com.brewline.store.postgres;

import com.brewline.store.ItemAvailability;

import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Sold-out toggles: one row per item ever toggled, the latest state wins. */
final class PgItemAvailability implements ItemAvailability {
    private final PgDatabase db;
    private final Clock clock;

    PgItemAvailability(PgDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void setSoldOut(String itemId, boolean soldOut, String actor) {
        Objects.requireNonNull(itemId, "itemId");
        db.write("mark item " + itemId + (soldOut ? " sold out" : " available"), c -> PgSql.update(c,
                "INSERT INTO item_availability (item_id, sold_out, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (item_id) DO UPDATE SET sold_out = excluded.sold_out, "
                        + "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                itemId, soldOut, clock.instant(), Objects.requireNonNullElse(actor, "unknown")));
    }

    @Override
    public Set<String> soldOutItemIds() {
        return db.read("read the sold-out items", c -> new TreeSet<>(PgSql.list(c,
                "SELECT item_id FROM item_availability WHERE sold_out", rs -> rs.getString(1))));
    }
}
