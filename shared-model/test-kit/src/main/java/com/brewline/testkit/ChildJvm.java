package com.brewline.testkit;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A main class run in a second, real JVM on the test's class path, always under a timeout and always
 * killed afterwards (also when the test fails), with its output read while it runs (a full pipe
 * never blocks it).
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** What the child printed and how it ended. */
    public record Result(int exitCode, List<String> stdout, String stderr) {
    }

    /** Runs {@code mainClass args...} headless and waits at most {@code timeout}; a child still running then fails the test. */
    public static Result run(Class<?> mainClass, Duration timeout, String... args) throws IOException, InterruptedException {
        return run(mainClass, timeout, Map.of(), args);
    }

    /** As {@link #run(Class, Duration, String...)}, with {@code environment} added to the child's (an API key). */
    public static Result run(Class<?> mainClass, Duration timeout, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaBin, "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true", mainClass.getName()));
        command.addAll(List.of(args));
        File err = File.createTempFile("child-jvm", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(err);
        builder.environment().putAll(environment);
        Process p = builder.start();
        try {
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return "";
                }
            });
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(mainClass.getSimpleName() + " did not finish within " + timeout.toSeconds()
                        + " s:\n" + Files.readString(err.toPath()));
            }
            return new Result(p.exitValue(), out.join().lines().toList(), Files.readString(err.toPath()));
        } finally {
            p.destroyForcibly();
            Files.deleteIfExists(err.toPath());
        }
    }
}
