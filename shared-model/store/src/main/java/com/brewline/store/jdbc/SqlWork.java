package com.brewline.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** The statements of one transaction, run by an engine's {@link Transactions}. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection c) throws SQLException;
}
