package com.brewline.store.postgres;

import com.brewline.model.Order;
import com.brewline.store.BrewlineStore;
import com.brewline.store.SchemaStatus;
import com.brewline.store.StoreException;
import com.brewline.store.StoreLocation;
import com.brewline.store.Stores;
import com.brewline.store.contract.Orders;
import com.brewline.store.contract.TestPostgres;
import com.brewline.store.schema.SchemaSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** What only the PostgreSQL engine has: a server to reach, a login, a database that may be someone else's. */
class PostgresStoreTest {
    @TempDir
    Path dir;

    @Test
    void storesOpensAPostgresUrlThroughTheEngineOnTheClassPath() {
        String url = TestPostgres.newDatabase("factory");
        try (BrewlineStore store = Stores.open(url, Clock.systemUTC())) {
            assertInstanceOf(PostgresStore.class, store);
            assertTrue(store.days().current().isEmpty());
        }
        SchemaStatus status = new PostgresEngine().check(StoreLocation.of(url));
        assertTrue(status.upToDate(), status::toString);
        assertEquals(SchemaSteps.VERSION, status.found());
    }

    /** Runs beside the class's other tests (it only waits out the pool's 5 s); the class ends when it has. */
    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aServerThatIsNotThereIsSaidWithinSecondsNamingTheServer() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        long started = System.nanoTime();
        StoreException e = assertThrows(StoreException.class,
                () -> PostgresStore.open("postgresql://brewline@127.0.0.1:" + port + "/brewline", Clock.systemUTC()));
        assertTrue((System.nanoTime() - started) / 1e9 < 15, "said within seconds");
        assertTrue(e.getMessage().contains("127.0.0.1:" + port) && e.getMessage().contains("cannot be reached"),
                e.getMessage());
    }

    @Test
    void aMissingDatabaseAndAPasswordInTheUrlAreSaidPlainly() {
        StoreException missing = assertThrows(StoreException.class,
                () -> PostgresStore.open(TestPostgres.url("no_such_db"), Clock.systemUTC()));
        assertTrue(missing.getMessage().contains("'no_such_db' does not exist"), missing.getMessage());
        StoreException password = assertThrows(StoreException.class, () -> PostgresStore.open(
                "postgresql://postgres:secret@localhost:" + TestPostgres.port() + "/x", Clock.systemUTC()));
        assertTrue(password.getMessage().contains("must not contain a password"), password.getMessage());
        assertFalse(password.getMessage().contains("secret"), password.getMessage());
    }

    @Test
    void thePasswordComesFromTheEnvironmentOrAFileNeverTheUrl() throws Exception {
        PostgresUrl fromEnv = PostgresUrl.parse(StoreLocation.of("postgresql://shop@pc/brewline"),
                Map.of("BREWLINE_DB_PASSWORD", "from-env", "PGPASSWORD", "ignored"));
        assertEquals("from-env", fromEnv.password());
        assertEquals("from-pg", PostgresUrl.parse(StoreLocation.of("postgresql://shop@pc/brewline"),
                Map.of("PGPASSWORD", "from-pg")).password());
        Path file = Files.writeString(dir.resolve("pw"), "from-file\n");
        PostgresUrl fromFile = PostgresUrl.parse(new StoreLocation("postgresql://shop@pc:6543/brewline?sslmode=require",
                file), Map.of("BREWLINE_DB_PASSWORD", "from-env"));
        assertEquals("from-file", fromFile.password());
        assertEquals("jdbc:postgresql://pc:6543/brewline", fromFile.jdbcUrl());
        assertEquals("require", fromFile.driverProperties().getProperty("sslmode"));
        assertFalse(fromFile.toString().contains("from-file"));
    }

    @Test
    void aDatabaseOfAnotherApplicationIsRefusedUntouched() throws Exception {
        String url = TestPostgres.newDatabase("foreign");
        try (Connection c = TestPostgres.connect(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE contacts (id int primary key, name text)");
        }
        StoreException e = assertThrows(StoreException.class, () -> PostgresStore.open(url, Clock.systemUTC()));
        assertTrue(e.getMessage().contains("not a Brewline database"), e.getMessage());
        try (Connection c = TestPostgres.connect(url); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "nothing was added");
        }
    }

    @Test
    void aDatabaseFromANewerBrewlineIsRefusedUntouched() throws Exception {
        String url = TestPostgres.newDatabase("newer");
        PostgresStore.open(url, Clock.systemUTC()).close();
        try (Connection c = TestPostgres.connect(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version VALUES (" + (SchemaSteps.VERSION + 1) + ", 'from the future', 0)");
        }
        StoreException e = assertThrows(StoreException.class, () -> PostgresStore.open(url, Clock.systemUTC()));
        assertTrue(e.getMessage().contains("newer Brewline"), e.getMessage());
        assertTrue(new PostgresEngine().check(StoreLocation.of(url)).newer());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theStoreAndItsFeedComeBackWhenTheServerDropsTheirConnections() throws Exception {
        String url = TestPostgres.newDatabase("reconnect");
        try (PostgresStore store = PostgresStore.open(url, Clock.systemUTC())) {
            store.days().open(LocalDate.now(), "test");
            CountDownLatch woken = new CountDownLatch(1);
            Order first = store.orders().createPending(Orders.twoLines("K1"));
            store.changes().subscribe(woken::countDown);
            awaitTheFeedListening(url);
            // dropped right after they were used: within Hikari's 500 ms window the pool lends them unchecked, so
            // a read may meet several dead connections in a row before a fresh one
            dropEveryConnection(url);
            // a read after the drop runs again on a fresh connection; a write is told, then works again
            assertEquals(first.id(), store.orders().find(first.id()).orElseThrow().id());
            dropEveryConnection(url);
            Order second = null;
            for (int i = 0; i < 3 && second == null; i++) {
                try {
                    second = store.orders().createPending(Orders.twoLines("K1"));
                } catch (StoreException e) {
                    assertTrue(e.getMessage().contains("cannot be reached") || e.getMessage().contains("terminat"),
                            e.getMessage());
                }
            }
            assertNotNull(second, "the pool reconnected by itself");
            assertTrue(woken.await(10, TimeUnit.SECONDS), "the feed listened again and woke its listener");
        }
    }

    /** The feed's own connection has LISTENed and taken its first reading (the query it runs only after LISTEN). */
    private static void awaitTheFeedListening(String url) throws Exception {
        String database = url.substring(url.lastIndexOf('/') + 1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try (Connection c = TestPostgres.connect(TestPostgres.url("postgres"));
             var listening = c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE datname = ? "
                     + "AND query = 'SELECT last_value FROM brewline_changes'")) {
            listening.setString(1, database);
            while (true) {
                try (var rs = listening.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                assertTrue(System.nanoTime() < deadline, "the change feed did not start listening within 20 s");
                Thread.sleep(10); // between two looks at the server's sessions
            }
        }
    }

    private static void dropEveryConnection(String url) throws Exception {
        String database = url.substring(url.lastIndexOf('/') + 1);
        try (Connection c = TestPostgres.connect(TestPostgres.url("postgres")); Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
        }
    }
}
