package com.brewline.demo;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Application class-data sharing for the demo's screens (JDK 17 has no auto-created archive): a screen's
 * first start writes an archive of the classes it loaded when it exits, later starts map it instead of
 * loading and verifying those classes again. An archive is named by the class path and the JVM, so a
 * rebuilt jar or another JDK makes a new one instead of a mismatch. Jars only: CDS refuses folders.
 */
final class ClassDataArchives {
    private final Path folder;

    ClassDataArchives(Path folder) {
        this.folder = folder;
    }

    /** The class path without folders; the screens need none of the demo's own classes. */
    static String jarsOnly(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank() && !Files.isDirectory(Path.of(entry)))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** JVM options that use this screen's archive, or make it at exit when there is none yet. */
    List<String> optionsFor(String screen, String jarClassPath) {
        Path archive = folder.resolve(screen.replaceAll("[^A-Za-z0-9]+", "-") + "-" + key(jarClassPath) + ".jsa");
        if (Files.isRegularFile(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the class-data folder " + folder, e);
        }
        return List.of("-XX:ArchiveClassesAtExit=" + archive);
    }

    private static String key(String classPath) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String entry : classPath.split(File.pathSeparator)) {
                Path jar = Path.of(entry);
                sha.update((entry + "|" + (Files.exists(jar) ? Files.getLastModifiedTime(jar).toMillis() : 0) + "|")
                        .getBytes(StandardCharsets.UTF_8));
            }
            sha.update((System.getProperty("java.vm.version") + System.getProperty("java.home")).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
