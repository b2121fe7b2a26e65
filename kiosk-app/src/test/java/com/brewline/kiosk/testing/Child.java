package com.brewline.kiosk.testing;

import com.brewline.testkit.ChildJvm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A {@link ShopChild} in a JVM of its own (the test kit's {@link ChildJvm}: a small JVM on the test's class path,
 * its output read while it runs), waited on under a timeout, and killed with SIGKILL when closed (also after a
 * failed test).
 */
public final class Child implements AutoCloseable {
    private final ChildJvm jvm;
    /** Its stderr file's folder, removed when it is closed. */
    private final Path workDir;

    private Child(ChildJvm jvm, Path workDir) {
        this.jvm = jvm;
        this.workDir = workDir;
    }

    public static Child start(String... args) throws IOException {
        Path workDir = Files.createTempDirectory("shop-child");
        return new Child(ChildJvm.start(workDir, args[0], ShopChild.class, args), workDir);
    }

    /** Runs a child to its end. @throws AssertionError when it fails or outlives the timeout */
    public static List<String> run(Duration timeout, String... args) throws Exception {
        try (Child child = start(args)) {
            int exit = child.jvm.await(timeout.toMillis());
            if (exit != 0) {
                throw new AssertionError("child " + String.join(" ", args) + " failed (exit " + exit + "): "
                        + child.jvm.describe());
            }
            return child.jvm.lines();
        }
    }

    /** Waits until the child printed a line starting with {@code prefix}. */
    public void awaitLine(String prefix, Duration timeout) throws InterruptedException {
        if (!jvm.awaitLine(prefix, timeout.toMillis())) {
            throw new AssertionError("child did not print " + prefix + " within " + timeout + ": " + jvm.describe());
        }
    }

    /** kill -9: the process ends at once, leaving nothing behind. */
    public void kill() throws InterruptedException {
        jvm.kill();
    }

    @Override
    public void close() {
        jvm.close();
        try (var files = Files.list(workDir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(workDir);
        } catch (IOException leftBehind) {
            // a temporary folder left behind is no failure of the test
        }
    }
}
