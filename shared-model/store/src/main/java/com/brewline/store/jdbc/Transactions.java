package com.brewline.store.jdbc;

/**
 * How an engine runs a unit of work: each keeps its own guarantees, which the shared logic relies on and never
 * weakens. SQLite: one connection per thread, writes in BEGIN IMMEDIATE (the write lock before the first read),
 * reads in a deferred transaction, SQLITE_BUSY retried whole (ADR 0001). PostgreSQL: writes at READ COMMITTED,
 * locking the rows they decide on through the engine's hooks; reads at REPEATABLE READ, READ ONLY; deadlocks and
 * serialization failures retried whole (ADR 0004). Failures reach the caller as a StoreException naming the work.
 */
public interface Transactions {
    /** Runs {@code work} in one write transaction of the engine's kind. */
    <T> T write(String what, SqlWork<T> work);

    /** Runs {@code work} in one read transaction: one consistent snapshot for all its statements. */
    <T> T read(String what, SqlWork<T> work);
}
