package com.brewline.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** Every time is stored as epoch milliseconds (INTEGER), NULL until it happens. */
final class Times {
    private Times() {
    }

    static Instant read(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    static void bind(PreparedStatement ps, int index, Instant instant) throws SQLException {
        if (instant == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, instant.toEpochMilli());
        }
    }
}
