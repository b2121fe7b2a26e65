package com.brewline.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClassDataArchivesTest {
    @TempDir
    Path dir;

    @Test
    void firstStartMakesTheArchiveLaterStartsUseIt() throws Exception {
        Path jar = Files.writeString(dir.resolve("app.jar"), "x");
        ClassDataArchives archives = new ClassDataArchives(dir.resolve("cds"));
        List<String> first = archives.optionsFor("barista station", jar.toString());
        assertThat(first).singleElement().asString().startsWith("-XX:ArchiveClassesAtExit=" + dir.resolve("cds"));
        Path archive = Path.of(first.get(0).substring(first.get(0).indexOf('=') + 1));
        Files.writeString(archive, "archive");
        assertThat(archives.optionsFor("barista station", jar.toString())).contains("-XX:SharedArchiveFile=" + archive);
    }

    @Test
    void aRebuiltJarGetsANewArchive() throws Exception {
        Path jar = Files.writeString(dir.resolve("app.jar"), "x");
        ClassDataArchives archives = new ClassDataArchives(dir.resolve("cds"));
        String before = archives.optionsFor("kiosk", jar.toString()).get(0);
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5000));
        assertThat(archives.optionsFor("kiosk", jar.toString()).get(0)).isNotEqualTo(before);
    }

    @Test
    void foldersAreLeftOffTheClassPath() throws Exception {
        Path jar = Files.writeString(dir.resolve("a.jar"), "x");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertThat(ClassDataArchives.jarsOnly(classes + File.pathSeparator + jar)).isEqualTo(jar.toString());
    }

    @Test
    void theDemoStartsScreensWithClassData() throws Exception {
        Path jar = Files.writeString(dir.resolve("a.jar"), "x");
        StoreProcesses processes = new StoreProcesses("/jdk/bin/java", dir.resolve("classes") + File.pathSeparator + jar, null,
                Path.of("/data/demo.db"), "http://127.0.0.1:41000", "SHOP_KEY", "k").withClassData(dir.resolve("cds"));
        Files.createDirectories(dir.resolve("classes"));
        List<String> command = processes.command(StoreProcesses.KIOSK);
        assertThat(command).anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit="));
        assertThat(command.get(command.indexOf("-cp") + 1)).isEqualTo(jar.toString());
    }
}
