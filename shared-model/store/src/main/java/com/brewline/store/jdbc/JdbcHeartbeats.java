package com.brewline.store.jdbc;

import com.brewline.kitchen.Heartbeat;
import com.brewline.kitchen.ProcessKind;
import com.brewline.store.Heartbeats;

import java.util.List;

/** Heartbeats, the same SQL on both engines: one row per process, upserted by each beat. */
public final class JdbcHeartbeats implements Heartbeats {
    private final Transactions db;
    private final Statements sql;

    public JdbcHeartbeats(Transactions db, Statements sql) {
        this.db = db;
        this.sql = sql;
    }

    @Override
    public void beat(Heartbeat h) {
        db.write("write the heartbeat of " + h.kind() + " " + h.name(), c -> sql.update(c,
                "INSERT INTO heartbeats (kind, name, station_id, last_seen, last_saw, provider_answers, "
                        + "provider_checked_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, name) DO UPDATE SET "
                        + "station_id = excluded.station_id, last_seen = excluded.last_seen, last_saw = excluded.last_saw, "
                        + "provider_answers = excluded.provider_answers, provider_checked_at = excluded.provider_checked_at",
                h.kind(), h.name(), h.stationId(), h.lastSeen(), h.lastSaw(),
                // an INTEGER column on both engines: 1, 0 or NULL (not known)
                h.providerAnswers() == null ? null : (h.providerAnswers() ? 1 : 0), h.providerCheckedAt()));
    }

    @Override
    public List<Heartbeat> all() {
        return db.read("read the heartbeats", c -> sql.list(c, "SELECT kind, name, station_id, last_seen, last_saw, "
                + "provider_answers, provider_checked_at FROM heartbeats ORDER BY kind, name", rs -> {
            int answers = rs.getInt("provider_answers");
            Boolean providerAnswers = rs.wasNull() ? null : answers != 0;
            return new Heartbeat(ProcessKind.valueOf(rs.getString("kind")), rs.getString("name"),
                    rs.getString("station_id"), Statements.time(rs, "last_seen"), rs.getString("last_saw"),
                    providerAnswers, Statements.time(rs, "provider_checked_at"));
        }));
    }
}
