package com.brewline.store.sqlite;

import com.brewline.testkit.TestClock;
import com.brewline.store.contract.Orders;
import com.brewline.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Every file that cannot be used is refused with a message naming it, and left as it was. */
class StoreOpeningTest {
    @TempDir
    Path dir;
    final TestClock clock = TestClock.seoulMorning();

    private StoreException refused(Path file) {
        StoreException e = assertThrows(StoreException.class, () -> SqliteStore.open(file, clock).close());
        assertTrue(e.getMessage().contains(file.toAbsolutePath().normalize().toString()),
                "names the file: " + e.getMessage());
        return e;
    }

    @Test
    void aNewFileIsCreatedWithTheCurrentSchemaAndReopenedWithItsData() {
        Path file = dir.resolve("new.db");
        try (SqliteStore store = SqliteStore.open(file, clock)) {
            store.days().open(LocalDate.of(2026, 11, 23), "barista");
            store.orders().createPending(Orders.twoLines("K1"));
        }
        try (SqliteStore store = SqliteStore.open(file, clock)) {
            assertEquals(1, store.orders().pendingCreatedBefore(clock.instant().plusSeconds(1)).size());
            assertFalse(store.isReadOnly());
        }
    }

    @Test
    void anEmptyFileBecomesADatabase() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.db"));
        try (SqliteStore store = SqliteStore.open(file, clock)) {
            assertTrue(store.days().current().isEmpty());
        }
    }

    @Test
    void aMissingFolderIsNamed() {
        Path file = dir.resolve("no-such-folder").resolve("brewline.db");
        StoreException e = refused(file);
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertFalse(Files.exists(file.getParent()));
    }

    @Test
    void aFolderIsNotADatabase() {
        StoreException e = refused(dir);
        assertTrue(e.getMessage().contains("folder"), e.getMessage());
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedUnchanged() throws Exception {
        Path file = dir.resolve("menu.json");
        Files.writeString(file, "{\"items\": []}\n".repeat(200));
        byte[] before = Files.readAllBytes(file);
        StoreException e = refused(file);
        assertTrue(e.getMessage().contains("not an SQLite database"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(dir.resolve("menu.json-wal")));
    }

    @Test
    void aCorruptFileIsRefused() throws Exception {
        Path file = dir.resolve("corrupt.db");
        try (SqliteStore store = SqliteStore.open(file, clock)) {
            store.days().open(LocalDate.of(2026, 11, 23), "barista");
            for (int i = 0; i < 200; i++) {
                store.orders().createPending(Orders.twoLines("K1"));
            }
        }
        assertFalse(Files.exists(dir.resolve("corrupt.db-wal")), "the last close checkpointed the log");
        long size = Files.size(file);
        assertTrue(size > 16 * 4096, "big enough to damage pages in the middle: " + size);
        byte[] garbage = new byte[4 * 4096];
        new Random(42).nextBytes(garbage);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(4 * 4096);
            raf.write(garbage);
        }
        StoreException e = refused(file);
        assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
    }

    @Test
    void aDatabaseFromANewerBrewlineIsRefusedUnchanged() throws Exception {
        Path file = dir.resolve("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, future_column TEXT)");
            s.execute("INSERT INTO orders (future_column) VALUES ('from the future')");
            s.execute("PRAGMA user_version = " + (SqliteStore.schemaVersion() + 1));
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = refused(file);
        assertTrue(e.getMessage().contains("newer Brewline") && e.getMessage().contains("unchanged"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "not even switched to WAL");
        assertFalse(Files.exists(dir.resolve("newer.db-wal")));
    }

    @Test
    void aStoreOpenedReadOnlyReadsButRefusesEveryWriteClearly() {
        Path file = dir.resolve("shop.db");
        try (SqliteStore store = SqliteStore.open(file, clock)) {
            store.days().open(LocalDate.of(2026, 11, 23), "barista");
        }
        try (SqliteStore store = SqliteStore.openReadOnly(file, clock)) {
            assertTrue(store.isReadOnly());
            assertTrue(store.days().current().orElseThrow().takesOrders());
            StoreException e = assertThrows(StoreException.class,
                    () -> store.orders().createPending(Orders.twoLines("K1")));
            assertTrue(e.getMessage().contains("read-only") && e.getMessage().contains(file.toString()), e.getMessage());
            assertThrows(StoreException.class, () -> store.days().close("barista"));
        }
        try (SqliteStore store = SqliteStore.open(file, clock)) {
            assertTrue(store.orders().pendingCreatedBefore(clock.instant().plusSeconds(1)).isEmpty(),
                    "no half-written order");
        }
    }

    @Test
    void aFileWithoutWritePermissionOpensReadOnly() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write any file");
        Path file = dir.resolve("locked.db");
        try (SqliteStore store = SqliteStore.open(file, clock)) {
            store.days().open(LocalDate.of(2026, 11, 23), "barista");
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try (SqliteStore store = SqliteStore.open(file, clock)) {
            assertTrue(store.isReadOnly());
            StoreException e = assertThrows(StoreException.class,
                    () -> store.orders().createPending(Orders.twoLines("K1")));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        }
    }

    @Test
    void aMissingFileCannotBeOpenedForReading() {
        Path file = dir.resolve("absent.db");
        StoreException e = assertThrows(StoreException.class, () -> SqliteStore.openReadOnly(file, clock));
        assertTrue(e.getMessage().contains("does not exist") && e.getMessage().contains(file.toString()), e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void messagesAreForPeopleNotStackTraces() throws Exception {
        Path file = dir.resolve("photo.jpg");
        Files.write(file, "\u00ff\u00d8\u00ff\u00e0 not a database".getBytes(StandardCharsets.ISO_8859_1));
        StoreException e = refused(file);
        assertFalse(e.getMessage().contains("SQLITE_"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }
}
