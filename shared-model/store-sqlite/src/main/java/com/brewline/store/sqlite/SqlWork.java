package com.brewline.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work run inside one store transaction on the calling thread's connection. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
