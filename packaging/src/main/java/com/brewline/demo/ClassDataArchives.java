package com.brewline.demo;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Application class-data sharing for the screens (ADR 0014). A screen's archive is made ahead of its
 * start from the list of classes it loads up to its first frame (committed beside this class, made by
 * {@code ui-bench --write-class-lists}): a static dump ({@code -Xshare:dump}) needs no display and no
 * run of the screen, so the demo makes its archives before it starts any screen and the installer when
 * it is installed. Its starts then map the archive instead of loading, parsing and verifying those classes.
 * JDK 17 takes an archive only on the class path it was made with (jars only, same paths, same jar
 * times): an archive is named by the class path, the JVM and its options, so a rebuilt jar or another
 * JDK makes a new one instead of a mismatch, and a missing or unusable archive only means a slower start.
 */
public final class ClassDataArchives {
    /** The committed class lists, one per screen: {@code cds/<screen>.classlist} beside this class. */
    static final String CLASS_LISTS = "cds/";
    private static final long DUMP_TIMEOUT_SECONDS = 120;

    private final Path folder;
    private final String java;
    private final List<String> jvmOptions;

    /** @param jvmOptions the options the screens start with (the archive must be made with the same GC) */
    public ClassDataArchives(Path folder, String java, List<String> jvmOptions) {
        this.folder = folder;
        this.java = java;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** The class path without folders: class-data sharing takes jars only, and the screens need none of the demo's folders. */
    public static String jarsOnly(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank() && !Files.isDirectory(Path.of(entry)))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** A screen's file name: "barista station" -> "barista-station". */
    public static String fileName(String screen) {
        return screen.replaceAll("[^A-Za-z0-9]+", "-");
    }

    /** Where this screen's archive for this class path is (it may not exist). */
    public Path archive(String screen, String jarClassPath) {
        return folder.resolve(fileName(screen) + "-" + key(jarClassPath, java, jvmOptions) + ".jsa");
    }

    /** JVM options that use the screen's archive; none when it was not made (the screen then starts without). */
    public List<String> optionsFor(String screen, String jarClassPath) {
        Path archive = archive(screen, jarClassPath);
        return Files.isRegularFile(archive) ? List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto") : List.of();
    }

    /**
     * Makes the archives of these screens that are missing, from their committed class lists, side by side;
     * returns the screens whose archive could not be made (said in {@code folder}'s dump logs).
     */
    public List<String> prepare(List<String> screens, String jarClassPath) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Map<String, Dump> dumps = new LinkedHashMap<>();
        for (String screen : screens) {
            Path archive = archive(screen, jarClassPath);
            if (Files.isRegularFile(archive)) {
                continue;
            }
            Path classList = folder.resolve(fileName(screen) + ".classlist");
            if (!copyClassList(screen, classList)) {
                continue; // no list for this screen: it starts without an archive
            }
            dropOlder(screen, archive); // each build of the jars would otherwise leave ~45 MB per screen behind
            dumps.put(screen, Dump.start(java, jvmOptions, classList, archive, jarClassPath));
        }
        List<String> failed = new ArrayList<>();
        for (Map.Entry<String, Dump> d : dumps.entrySet()) {
            if (!d.getValue().finish()) {
                failed.add(d.getKey());
            }
        }
        return failed;
    }

    /** This screen's archives made for other jars, JVMs or options (and their logs). */
    private void dropOlder(String screen, Path keep) throws IOException {
        String prefix = fileName(screen) + "-";
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(prefix) && name.matches(Pattern.quote(prefix) + "[0-9a-f]{12}\\.jsa.*")
                        && !name.startsWith(keep.getFileName().toString())) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static boolean copyClassList(String screen, Path to) throws IOException {
        try (InputStream in = ClassDataArchives.class.getResourceAsStream(CLASS_LISTS + fileName(screen) + ".classlist")) {
            if (in == null) {
                return false;
            }
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
            return true;
        }
    }

    /** One {@code -Xshare:dump} child: written to a temporary name and moved into place whole, or removed. */
    public record Dump(Process process, Path partial, Path archive, Path log) {
        public static Dump start(String java, List<String> jvmOptions, Path classList, Path archive, String jarClassPath)
                throws IOException {
            Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
            Path log = archive.resolveSibling(archive.getFileName() + ".log");
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(jvmOptions);
            command.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                    "-XX:SharedArchiveFile=" + partial, "-cp", jarClassPath));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new Dump(process, partial, archive, log);
        }

        /** Waits for the dump; true when the archive is in place. */
        public boolean finish() throws IOException, InterruptedException {
            boolean done = process.waitFor(DUMP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!done) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            if (done && process.exitValue() == 0 && Files.isRegularFile(partial)) {
                Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return true;
            }
            Files.deleteIfExists(partial);
            return false;
        }
    }

    private static String key(String classPath, String java, List<String> jvmOptions) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String entry : classPath.split(File.pathSeparator)) {
                Path jar = Path.of(entry);
                sha.update((entry + "|" + (Files.exists(jar) ? Files.getLastModifiedTime(jar).toMillis() + "|" + Files.size(jar) : 0)
                        + "|").getBytes(StandardCharsets.UTF_8));
            }
            sha.update((java + "|" + String.join(" ", jvmOptions) + "|" + System.getProperty("java.vm.version"))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
