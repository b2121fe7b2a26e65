package com.brewline.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class StoreLayoutTest {
    @Test
    void installedLaunchersUseEtcWhenItsFileExists(@TempDir Path dir) throws Exception {
        Path etc = Files.createDirectories(dir.resolve("etc"));
        Path varLib = dir.resolve("var-lib");
        Path user = dir.resolve("home");
        assertThat(StoreLayout.detect("system", etc, varLib, user).system()).isFalse();
        Files.writeString(etc.resolve("brewline.json"), "{}");
        StoreLayout installed = StoreLayout.detect("system", etc, varLib, user);
        assertThat(installed.configFile()).isEqualTo(etc.resolve("brewline.json"));
        assertThat(installed.dataDir()).isEqualTo(varLib);
        // a build tree (tests, the demo) never looks at /etc, installed or not
        StoreLayout development = StoreLayout.detect(null, etc, varLib, user);
        assertThat(development.configFile()).isEqualTo(user.resolve("brewline.json"));
        assertThat(development.dataDir()).isEqualTo(user);
    }

    @Test
    void aMissingDataFolderIsMadeForItsOwnerOnly(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("a/brewline");
        StoreLayout.ensureFolder(folder);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        StoreLayout.ensureFolder(folder);
    }

    @Test
    void theBuildRecordedItsVersion() {
        assertThat(BrewlineVersion.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    }
}
