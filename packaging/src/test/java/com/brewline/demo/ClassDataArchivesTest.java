package com.brewline.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ClassDataArchivesTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path dir;

    @Test
    void noArchiveMeansNoOptionsAndAnArchiveIsUsed() throws Exception {
        Path jar = Files.writeString(dir.resolve("app.jar"), "x");
        ClassDataArchives archives = new ClassDataArchives(dir.resolve("cds"), JAVA, List.of("-XX:+UseSerialGC"));
        assertThat(archives.optionsFor("barista station", jar.toString())).isEmpty();
        Path archive = archives.archive("barista station", jar.toString());
        assertThat(archive.getFileName().toString()).startsWith("barista-station-").endsWith(".jsa");
        Files.createDirectories(archive.getParent());
        Files.writeString(archive, "archive");
        assertThat(archives.optionsFor("barista station", jar.toString()))
                .containsExactly("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
    }

    @Test
    void aRebuiltJarOrOtherOptionsGetAnotherArchive() throws Exception {
        Path jar = Files.writeString(dir.resolve("app.jar"), "x");
        ClassDataArchives archives = new ClassDataArchives(dir.resolve("cds"), JAVA, List.of("-XX:+UseSerialGC"));
        Path before = archives.archive("kiosk", jar.toString());
        assertThat(new ClassDataArchives(dir.resolve("cds"), JAVA, List.of()).archive("kiosk", jar.toString())).isNotEqualTo(before);
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5000));
        assertThat(archives.archive("kiosk", jar.toString())).isNotEqualTo(before);
    }

    @Test
    void anArchiveForRebuiltJarsReplacesTheOldOneOfThatScreenOnly() throws Exception {
        Path jar = dir.resolve("app.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.zip.ZipEntry("META-INF/"));
        }
        Path cds = Files.createDirectories(dir.resolve("cds"));
        Path oldKiosk = Files.writeString(cds.resolve("kiosk-0123456789ab.jsa"), "old");
        Files.writeString(cds.resolve("kiosk-0123456789ab.jsa.log"), "old");
        Path board = Files.writeString(cds.resolve("pickup-board-0123456789ab.jsa"), "board");
        ClassDataArchives archives = new ClassDataArchives(cds, JAVA, List.of("-XX:+UseSerialGC"));
        assertThat(archives.prepare(List.of("kiosk"), jar.toString())).isEmpty();
        assertThat(archives.archive("kiosk", jar.toString())).isRegularFile();
        assertThat(oldKiosk).doesNotExist();
        assertThat(cds.resolve("kiosk-0123456789ab.jsa.log")).doesNotExist();
        assertThat(board).exists();
    }

    @Test
    void foldersAreLeftOffTheClassPath() throws Exception {
        Path jar = Files.writeString(dir.resolve("a.jar"), "x");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertThat(ClassDataArchives.jarsOnly(classes + File.pathSeparator + jar)).isEqualTo(jar.toString());
    }

    @Test
    void aStaticDumpMakesAnArchiveTheJvmMapsAndAFailedOneLeavesNone() throws Exception {
        Path list = Files.writeString(dir.resolve("few.classlist"), "java/lang/Object\njava/lang/String\njava/util/ArrayList\n");
        Path jar = dir.resolve("empty.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.zip.ZipEntry("META-INF/"));
        }
        Path archive = dir.resolve("few.jsa");
        assertThat(ClassDataArchives.Dump.start(JAVA, List.of("-XX:+UseSerialGC"), list, archive, jar.toString()).finish()).isTrue();
        assertThat(archive).isRegularFile();
        assertThat(dir.resolve("few.jsa.partial")).doesNotExist();
        // -Xshare:on refuses to start when the archive cannot be mapped
        Process run = new ProcessBuilder(JAVA, "-XX:+UseSerialGC", "-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-cp", jar.toString(),
                "-version").redirectErrorStream(true).start();
        String said = new String(run.getInputStream().readAllBytes());
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(said).isZero();

        Path broken = dir.resolve("broken.jsa");
        assertThat(ClassDataArchives.Dump.start(JAVA, List.of("-XX:+NoSuchOption"), list, broken, jar.toString()).finish()).isFalse();
        assertThat(broken).doesNotExist();
        assertThat(dir.resolve("broken.jsa.partial")).doesNotExist();
    }

    @Test
    void everyScreenOfTheDemoHasACommittedClassList() {
        for (StoreProcesses.Screen screen : List.of(StoreProcesses.KIOSK, StoreProcesses.BARISTA, StoreProcesses.PICKUP_BOARD)) {
            assertThat(ClassDataArchives.class.getResource(ClassDataArchives.CLASS_LISTS
                    + ClassDataArchives.fileName(screen.name()) + ".classlist")).as(screen.name()).isNotNull();
        }
    }

    @Test
    void theDemoStartsScreensWithTheShippedOptionsAndTheirArchive() throws Exception {
        Path jar = Files.writeString(dir.resolve("a.jar"), "x");
        Files.createDirectories(dir.resolve("classes"));
        StoreProcesses processes = new StoreProcesses(JAVA, dir.resolve("classes") + File.pathSeparator + jar, null,
                Path.of("/data/demo.db"), "http://127.0.0.1:41000", "SHOP_KEY", "k").withClassData(dir.resolve("cds"));
        List<String> command = processes.command(StoreProcesses.KIOSK);
        assertThat(command).containsAll(ScreenJvmOptions.shipped()).noneMatch(o -> o.startsWith("-XX:SharedArchiveFile="));
        assertThat(command.get(command.indexOf("-cp") + 1)).isEqualTo(jar.toString());

        Path archive = new ClassDataArchives(dir.resolve("cds"), JAVA, ScreenJvmOptions.shipped()).archive("kiosk", jar.toString());
        Files.createDirectories(archive.getParent());
        Files.writeString(archive, "archive");
        assertThat(processes.command(StoreProcesses.KIOSK)).contains("-XX:SharedArchiveFile=" + archive);
    }

    @Test
    void shippedOptionsAreReadWithoutComments() {
        assertThat(ScreenJvmOptions.parse("# why\n-XX:+UseSerialGC\n\n  -Xmn16m  # young\n")).containsExactly("-XX:+UseSerialGC", "-Xmn16m");
        assertThat(ScreenJvmOptions.shipped()).isNotEmpty().allMatch(o -> o.startsWith("-"));
    }
}
