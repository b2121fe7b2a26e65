package com.brewline.store.contract;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One initialised, cleanly shut down PostgreSQL cluster per machine and binaries (in the temp folder), copied by
 * every test JVM instead of running initdb again (initdb writes and syncs the same 40 MB and takes about 3 s of a
 * JVM's first PostgreSQL test; a copy a fraction of that). Made once under a file lock, so JVMs starting side by
 * side wait for the first, and put in place by an atomic rename: a JVM killed while making it leaves no half a
 * template. Never written to after that; each server runs on its own copy.
 */
final class PostgresTemplate {
    /** Changes when what a template holds changes, so an older template is not taken for a new one. */
    private static final String FORMAT = "3";

    /** Files of a running or once-running server that a copy must not carry. */
    private static final Set<String> NOT_COPIED = Set.of("postmaster.pid", "epg-lock");

    private PostgresTemplate() {
    }

    /** The template for these binaries, made now if the machine has none; null when it cannot be made here. */
    static Path template(Supplier<EmbeddedPostgres.Builder> builder) {
        try {
            Path root = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "brewline-test-pg"));
            Path template = root.resolve("template-" + binariesKey());
            if (isWhole(template)) {
                return template;
            }
            try (FileChannel channel = FileChannel.open(root.resolve("template.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                if (isWhole(template)) {
                    return template; // another JVM made it while this one waited
                }
                Path making = Files.createTempDirectory(root, "making-");
                try {
                    builder.get().setDataDirectory(making).setCleanDataDirectory(false).start().close();
                    Files.move(making, template, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    deleteQuietly(making);
                }
                return template;
            }
        } catch (IOException | RuntimeException e) {
            return null; // a read-only temp folder, a lock not supported: every JVM runs initdb as before
        }
    }

    private static boolean isWhole(Path template) {
        return Files.exists(template.resolve("postgresql.conf")) && Files.exists(template.resolve("PG_VERSION"));
    }

    /** Names the binaries on the class path (their jar and version), so other binaries get another template. */
    private static String binariesKey() {
        String os = System.getProperty("os.name").toLowerCase().replaceAll("[^a-z]", "");
        String arch = System.getProperty("os.arch").replaceAll("[^A-Za-z0-9_]", "");
        StringBuilder where = new StringBuilder(os + arch);
        for (String resource : new String[]{"postgres-linux-x86_64.txz", "postgres-darwin-x86_64.txz",
                "postgres-windows-x86_64.txz"}) {
            URL url = PostgresTemplate.class.getClassLoader().getResource(resource);
            if (url != null) {
                where.append(url);
            }
        }
        return os + "-" + Integer.toHexString(where.toString().hashCode()) + "-v" + FORMAT;
    }

    /** Copies the template's tree to {@code target} (an empty folder), keeping each file's permissions. */
    static void copy(Path template, Path target) throws IOException {
        Files.walkFileTree(template, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path to = target.resolve(template.relativize(dir).toString());
                if (!Files.exists(to)) {
                    Files.copy(dir, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!NOT_COPIED.contains(file.getFileName().toString())) {
                    Files.copy(file, target.resolve(template.relativize(file).toString()),
                            StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // left for the temp folder's own cleaning
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // as above
        }
    }
}
