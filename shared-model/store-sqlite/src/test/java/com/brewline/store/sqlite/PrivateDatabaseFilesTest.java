package com.brewline.store.sqlite;

import com.brewline.testkit.TestClock;
import com.brewline.store.contract.Orders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Issue 9: the database holds sales: it and its -wal and -shm are created readable by their owner only. */
class PrivateDatabaseFilesTest {
    @Test
    void theDatabaseAndItsLogAreOwnerOnly(@TempDir Path dir) throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path db = dir.resolve("brewline.db");
        try (SqliteStore store = SqliteStore.open(db, TestClock.seoulMorning())) {
            store.days().open(LocalDate.of(2026, 11, 23), "barista");
            store.orders().createPending(Orders.twoLines("K1"));
            for (String suffix : new String[]{"", "-wal", "-shm"}) {
                Path file = Path.of(db + suffix);
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
            }
        }
    }
}
