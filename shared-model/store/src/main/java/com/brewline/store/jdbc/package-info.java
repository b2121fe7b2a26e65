/**
 * What the SQLite and the PostgreSQL stores share: the row mapping and the store logic whose SQL is the same on both
 * engines (docs/decisions/0017-one-jdbc-logic-for-both-engines.md). Plain JDBC only, no driver: each engine gives its
 * own {@link com.brewline.store.jdbc.Transactions} (its transaction discipline, ADR 0001 and 0004), its own
 * {@link com.brewline.store.jdbc.Statements} (how statements are prepared and a list of ids is bound) and, where its
 * SQL or locking differs, a small hook. The domain decides every rule; this package only reads and writes rows.
 */
package com.brewline.store.jdbc;
