package com.brewline.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Issue 9: the log folder and file are created readable by their owner only. */
class PrivateFilesTest {
    @Test
    void theLogFolderAndFileAreOwnerOnly(@TempDir Path dir) throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path data = dir.resolve("brewline-data");
        BrewlineConfig config = new ConfigLoader(Map.of(), data).defaults();
        String before = System.getProperty("brewline.logDir");
        try {
            LaunchArgs.logTo(config, "kiosk");
        } finally {
            if (before == null) {
                System.clearProperty("brewline.logDir");
            } else {
                System.setProperty("brewline.logDir", before);
            }
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("logs")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("logs/kiosk.log"))))
                .isEqualTo("rw-------");
    }
}
