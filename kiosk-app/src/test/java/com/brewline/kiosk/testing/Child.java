package com.brewline.kiosk.testing;

import com.brewline.testkit.fx.Fx;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A {@link ShopChild} in a JVM of its own on the test's class path: its output read while it runs, waited on
 * under a timeout, and killed with SIGKILL when closed (also after a failed test).
 */
public final class Child implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private Child(Process process) {
        this.process = process;
        reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException gone) {
                // the child was killed
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    public static Child start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true", ShopChild.class.getName()));
        command.addAll(List.of(args));
        return new Child(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Runs a child to its end. @throws AssertionError when it fails or outlives the timeout */
    public static List<String> run(Duration timeout, String... args) throws Exception {
        try (Child child = start(args)) {
            if (!child.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("child " + String.join(" ", args) + " still running after " + timeout
                        + ":\n" + String.join("\n", child.lines));
            }
            child.reader.join(5_000);
            if (child.process.exitValue() != 0) {
                throw new AssertionError("child " + String.join(" ", args) + " failed:\n" + String.join("\n", child.lines));
            }
            return List.copyOf(child.lines);
        }
    }

    /** Waits until the child printed a line starting with {@code prefix}. */
    public void awaitLine(String prefix, Duration timeout) {
        Fx.waitOffFx("child to print " + prefix + " (printed: " + lines + ")", timeout,
                () -> lines.stream().anyMatch(l -> l.startsWith(prefix)) || !process.isAlive());
        if (lines.stream().noneMatch(l -> l.startsWith(prefix))) {
            throw new AssertionError("child ended without " + prefix + ":\n" + String.join("\n", lines));
        }
    }

    /** kill -9: the process ends at once, leaving nothing behind. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
