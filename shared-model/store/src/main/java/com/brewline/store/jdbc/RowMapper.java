package com.brewline.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/** One row of a result set as a value; the set is positioned on the row and closed by the caller. */
@FunctionalInterface
public interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
}
