package com.brewline.store.postgres;

import com.brewline.store.StoreException;
import com.brewline.store.jdbc.SqlWork;
import com.brewline.store.jdbc.Transactions;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One PostgreSQL database behind a HikariCP pool (one pool per process), and the transaction
 * discipline every store operation goes through (docs/decisions/0004-postgresql-store.md):
 * writes run at READ COMMITTED and lock the rows they decide on ({@code FOR UPDATE}, {@code FOR NO KEY
 * UPDATE}, {@code SKIP LOCKED} for claims); reads run at REPEATABLE READ, READ ONLY: one snapshot for
 * all the statements of a screen's read. A deadlock or serialization failure is retried whole;
 * a lost server is a {@link StoreException} after at most the pool's connection timeout.
 */
final class PgDatabase implements Transactions, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PgDatabase.class);

    /** How long a caller waits for a pooled connection (a server down or unreachable) before it is told. */
    static final long CONNECTION_TIMEOUT_MILLIS = 5_000;
    private static final long RETRY_GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final PostgresUrl url;
    private final HikariDataSource pool;
    private final Runnable afterCommit;
    private volatile boolean closed;
    private final int maxPoolSize;

    PgDatabase(PostgresUrl url, int maxPoolSize, Runnable afterCommit) {
        this.url = url;
        this.maxPoolSize = maxPoolSize;
        this.afterCommit = afterCommit;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.jdbcUrl());
        config.setDataSourceProperties(url.driverProperties());
        config.setPoolName("brewline-" + url.database());
        config.setMaximumPoolSize(maxPoolSize);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        config.setValidationTimeout(2_000);
        config.setKeepaliveTime(60_000);
        config.setAutoCommit(false);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        // synchronous_commit=on (the server's default, said again): a commit returns once the WAL is on disk,
        // as synchronous=FULL on SQLite. statement_timeout: no statement waits forever on a lock or a lost peer.
        config.setConnectionInitSql("SET synchronous_commit = on; SET statement_timeout = '30s'; "
                + "SET lock_timeout = '20s'; SET idle_in_transaction_session_timeout = '60s'");
        // the first connection is tried at once: an unreachable server is a clear error when the store opens
        config.setInitializationFailTimeout(CONNECTION_TIMEOUT_MILLIS);
        refuseLoginAtOnce(url);
        try {
            this.pool = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw unreachable(e.getCause() instanceof SQLException se ? se : new SQLException(e.getMessage(), e),
                    "open the store");
        }
    }

    /** A wrong password or a missing database will not mend by waiting: said at once, not after the pool's retries. */
    private void refuseLoginAtOnce(PostgresUrl url) {
        try (Connection probe = DriverManager.getConnection(url.jdbcUrl(), url.driverProperties())) {
            probe.isValid(1);
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.startsWith("28") || state.equals("3D000")) {
                throw translate(e, "open the store");
            }
            // unreachable or starting up: the pool tries again for a few seconds before it says so
        }
    }

    PostgresUrl url() {
        return url;
    }

    /** A connection outside the pool, kept by its caller (the change feed's LISTEN). */
    Connection openPrivateConnection() throws SQLException {
        Connection c = DriverManager.getConnection(url.jdbcUrl(), url.driverProperties());
        c.setAutoCommit(true);
        return c;
    }

    /** Runs {@code work} in one READ COMMITTED transaction that locks what it decides on; retried on deadlock. */
    @Override
    public <T> T write(String what, SqlWork<T> work) {
        T result = inTransaction(what, false, work);
        afterCommit.run();
        return result;
    }

    /** Runs {@code work} in one REPEATABLE READ, READ ONLY transaction: one snapshot for all its statements. */
    @Override
    public <T> T read(String what, SqlWork<T> work) {
        return inTransaction(what, true, work);
    }

    private <T> T inTransaction(String what, boolean readOnly, SqlWork<T> work) {
        if (closed) {
            throw new StoreException("The store at " + url.describe() + " is closed");
        }
        long started = System.nanoTime();
        for (int attempt = 0; ; attempt++) {
            try (Connection c = pool.getConnection()) {
                try {
                    if (readOnly) {
                        // the first statement of the transaction (the driver has just sent BEGIN): one snapshot
                        execute(c, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                    }
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException | Error e) {
                    rollbackQuietly(c);
                    throw e;
                }
            } catch (SQLException e) {
                // a read met a connection the server had dropped (a restart): Hikari evicts it, but it lends
                // connections used in the last 500 ms unchecked, so the next may be dead too: a read may try again
                // until every pooled connection is fresh. A write is never sent again (it may have committed).
                boolean retry = isRetryable(e) || (readOnly && attempt < maxPoolSize && isConnectionLost(e));
                if (retry && System.nanoTime() - started < RETRY_GIVE_UP_NANOS) {
                    LOG.debug("{}: {} met {} (attempt {}), retrying", url, what, e.getSQLState(), attempt + 1);
                    backOff(attempt);
                    continue;
                }
                throw translate(e, what);
            }
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is broken: Hikari evicts it
        }
    }

    /** Deadlock and serialization failure: the transaction did nothing and may run again. */
    static boolean isRetryable(SQLException e) {
        String state = e.getSQLState();
        return "40001".equals(state) || "40P01".equals(state);
    }

    /**
     * The connection broke (the server restarted, a cable was pulled): the pool drops it. A read runs once more on
     * a fresh connection; a write does not, since its commit may have landed: the caller is told and decides.
     */
    static boolean isConnectionLost(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02"));
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(Math.min(100, 1L << Math.min(attempt, 6)) + ThreadLocalRandom.current().nextInt(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for the database");
        }
    }

    StoreException translate(SQLException e, String what) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P") || e instanceof java.sql.SQLTransientConnectionException
                || (e.getMessage() != null && e.getMessage().contains("Connection is not available"))) {
            return unreachable(e, what);
        }
        String reason = switch (state) {
            case "28P01", "28000" -> "the server refused the login of '" + url.user() + "' (check the password in "
                    + PostgresUrl.PASSWORD_ENV + " or database.passwordFile, and pg_hba.conf)";
            case "3D000" -> "the database '" + url.database() + "' does not exist on the server (create it first)";
            case "42501" -> "the role '" + url.user() + "' lacks a permission: " + e.getMessage();
            case "57014" -> "the server took too long (statement timeout)";
            case "55P03" -> "a row stayed locked by another process for too long";
            case "53100" -> "the server's disk is full";
            default -> e.getMessage();
        };
        return new StoreException("Database " + url.describe() + ": could not " + what + ": " + reason, e);
    }

    private StoreException unreachable(SQLException e, String what) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("28") || state.equals("3D000")) {
            return translate(e, what);
        }
        return new StoreException("Database " + url.describe() + ": could not " + what + ": the server cannot be reached ("
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                + "); is PostgreSQL running on " + url.host() + ":" + url.port() + " and reachable from here?", e);
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() {
        closed = true;
        pool.close();
    }
}
