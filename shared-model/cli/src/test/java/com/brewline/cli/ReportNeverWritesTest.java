package com.brewline.cli;

import com.brewline.store.BrewlineStore;
import com.brewline.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Issue 9: report refuses every file that is not a Brewline database, untouched, and reads a read-only one. */
class ReportNeverWritesTest {
    @TempDir
    Path dir;

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private Path sqliteFile(String name, String... statements) throws Exception {
        Path file = dir.resolve(name);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
        return file;
    }

    private void assertRefusedUntouched(Path file, String expected) throws Exception {
        String before = sha256(file);
        CliRun run = CliRun.of("report", "--db", file.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains(expected), run.toString());
        assertEquals(1, run.err().strip().lines().count(), "one line: " + run);
        assertEquals(before, sha256(file), "the file is unchanged");
        assertFalse(Files.exists(Path.of(file + "-wal")), "no -wal was created");
        assertFalse(Files.exists(Path.of(file + "-shm")), "no -shm was created");
    }

    @Test
    void anotherApplicationsDatabaseIsRefusedUntouched() throws Exception {
        assertRefusedUntouched(sqliteFile("contacts.db", "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)",
                "INSERT INTO contacts (name) VALUES ('Kim')"), "not a Brewline database");
    }

    @Test
    void aDatabaseWithItsOwnOrdersTableIsRefusedUntouched() throws Exception {
        assertRefusedUntouched(sqliteFile("shop.db", "CREATE TABLE orders (id INTEGER PRIMARY KEY, what TEXT)",
                "INSERT INTO orders (what) VALUES ('flowers')"), "not a Brewline database");
    }

    @Test
    void anEmptyFileAndATextFileAreRefusedUntouched() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.db"));
        assertRefusedUntouched(empty, "empty");
        assertEquals(0, Files.size(empty));
        Path text = Files.writeString(dir.resolve("notes.db"), "shopping list: milk, beans\n");
        assertRefusedUntouched(text, "not an SQLite database");
    }

    @Test
    void aReadOnlyDatabaseInAReadOnlyFolderCanBeReportedOn() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("archive"));
        Path db = folder.resolve("brewline.db");
        try (BrewlineStore store = SqliteStore.open(db, Clock.systemDefaultZone())) {
            SimulateCommand.ensureDayOpen(store);
            new SimulatedPayer(store, "K1").placeAndPay(new RandomOrders(com.brewline.menu.MenuLoader.loadDefault(), 1)
                    .next("K1", java.util.Set.of()));
        }
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(folder), "not running as root");
            String before = sha256(db);
            CliRun run = CliRun.of("report", "--db", db.toString(), "--json");
            assertEquals(0, run.exitCode(), run.toString());
            assertTrue(run.out().contains("\"ordersPaid\" : 1"), run.toString());
            assertEquals(before, sha256(db));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
