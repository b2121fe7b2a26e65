package com.brewline.testkit;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
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
 * A main class run in a second, real JVM on the test's class path: the one child-process helper of every test.
 * {@link #run} runs one to its end under a timeout and returns what it printed; {@link #start} keeps one
 * running (a kiosk, a station, a writer to kill -9), its stdout lines collected as they come, its stderr kept in
 * a file for the failure message. Either way the child is always killed afterwards, also when the test fails,
 * and a full pipe never blocks it. A started child can also be asked to stop ({@link #stop}): it gets its stop
 * file and the end of its standard input, a grace to end by itself, and kill -9 after that.
 */
public final class ChildJvm implements AutoCloseable {
    /** The command line's logging (to stderr), when on the class path: a child's stdout stays what it printed. */
    private static final String CLI_LOGGING = "com/brewline/cli/logback-cli.xml";
    /** Every child: headless, C1 only and the serial collector (it lives seconds, several at once on 2 cores). */
    private static final List<String> QUICK_JVM = List.of("-Djava.awt.headless=true", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Xshare:auto");

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;
    private final Path stderr;
    private final Path stopFile;
    private final String name;

    /** What a child run to its end printed (byte for byte: a CSV keeps its CRLF) and how it ended. */
    public record Result(int exitCode, String out, String stderr) {
        /** Its standard output, line by line. */
        public List<String> stdout() {
            return out.lines().toList();
        }
    }

    /** Runs {@code mainClass args...} headless and waits at most {@code timeout}; a child still running then fails the test. */
    public static Result run(Class<?> mainClass, Duration timeout, String... args) throws IOException, InterruptedException {
        return run(mainClass.getName(), timeout, Map.of(), args);
    }

    /** As {@link #run(Class, Duration, String...)}, with {@code environment} added to the child's (an API key). */
    public static Result run(Class<?> mainClass, Duration timeout, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        return run(mainClass.getName(), timeout, environment, args);
    }

    /** By class name, for a main class of a module the test only has at run time (the {@code brewline} command). */
    public static Result run(String mainClass, Duration timeout, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = javaCommand(QUICK_JVM, mainClass, args);
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
                throw new AssertionError(mainClass + " did not finish within " + timeout.toSeconds()
                        + " s:\n" + Files.readString(err.toPath()));
            }
            return new Result(p.exitValue(), out.join(), Files.readString(err.toPath()));
        } finally {
            p.destroyForcibly();
            Files.deleteIfExists(err.toPath());
        }
    }

    private ChildJvm(String name, Process process, Path stderr, Path stopFile) {
        this.name = name;
        this.process = process;
        this.stderr = stderr;
        this.stopFile = stopFile;
        this.reader = new Thread(this::readLines, "stdout-of-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code mainClass args...} in a small headless JVM (96 MB, serial GC, C1 only: several run at once on 2
     * cores) and returns at once; {@code name} names it in failures and its stderr file in {@code workDir}. A stop file left
     * from an earlier child of that name is removed first (see {@link #stopFile}).
     */
    public static ChildJvm start(Path workDir, String name, Class<?> mainClass, String... args) throws IOException {
        List<String> command = javaCommand(with("-Xmx96m", QUICK_JVM), mainClass.getName(), args);
        Path stderr = workDir.resolve(name + ".stderr");
        Path stop = stopFile(workDir, name);
        Files.deleteIfExists(stop);
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        return new ChildJvm(name, process, stderr, stop);
    }

    /**
     * The file whose appearance asks the child {@code name} started in {@code workDir} to stop: pass it in the
     * child's arguments when the child watches for a file ({@link #stop} creates it). One per child, so tests
     * running side by side never stop each other's children.
     */
    public static Path stopFile(Path workDir, String name) {
        return workDir.resolve(name + ".stop");
    }

    /**
     * A graceful stop: asks the child to end (creates its {@link #stopFile} and closes its standard input, for a
     * child that reads it until the end), waits up to {@code grace} for it to exit, and kills it (kill -9) if it
     * has not by then. Waits for the last of its output either way.
     *
     * @return true when it ended by itself within the grace; false when it had to be killed
     */
    public boolean stop(Duration grace) throws InterruptedException {
        boolean ended = !process.isAlive();
        if (!ended) {
            try {
                Files.write(stopFile, new byte[0]);
            } catch (IOException e) {
                // no stop file (its folder gone): the closed stdin or, failing that, the kill ends it
            }
            try {
                process.getOutputStream().close();
            } catch (IOException e) {
                // the pipe is already closed: the child is on its way out
            }
            ended = process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
        }
        if (!ended) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        reader.join(5_000);
        return ended;
    }

    /** Writes one line to the child's standard input (a child started ahead that waits for its go). */
    public void send(String line) throws IOException {
        process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
    }

    /** The exit code of a child that has ended; fails when it is still running. */
    public int exitCode() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        return process.exitValue();
    }

    private static List<String> with(String option, List<String> options) {
        List<String> all = new ArrayList<>(List.of(option));
        all.addAll(options);
        return all;
    }

    private static List<String> javaCommand(List<String> options, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        if (ChildJvm.class.getClassLoader().getResource(CLI_LOGGING) != null) {
            command.add("-Dlogback.configurationFile=" + CLI_LOGGING);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private void readLines() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException ignored) {
            // the process died: what was read is what it printed
        }
    }

    /** Waits until a line starting with {@code prefix} was printed; false on time-out or exit. */
    public boolean awaitLine(String prefix, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (lines) {
            while (true) {
                if (lines.stream().anyMatch(l -> l.startsWith(prefix))) {
                    return true;
                }
                long left = deadline - System.currentTimeMillis();
                if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
                    return false;
                }
                lines.wait(Math.min(left, 50));
            }
        }
    }

    /** Waits for a normal exit and the last of its output; returns the exit code. */
    public int await(long timeoutMillis) throws InterruptedException {
        if (!process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
            throw new AssertionError(name + " did not finish within " + timeoutMillis + " ms; " + describe());
        }
        reader.join(5_000);
        return process.exitValue();
    }

    /** kill -9, then waits until the output pipe is drained. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        reader.join(5_000);
    }

    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** The values after {@code prefix} of the lines that start with it. */
    public List<Long> numbersAfter(String prefix) {
        return lines().stream().filter(l -> l.startsWith(prefix))
                .map(l -> Long.parseLong(l.substring(prefix.length()).trim())).toList();
    }

    /** Its name, the last lines it printed and its stderr: for a failure message. */
    public String describe() {
        String err;
        try {
            err = Files.exists(stderr) ? Files.readString(stderr) : "";
        } catch (IOException e) {
            err = e.toString();
        }
        List<String> out = lines();
        return name + " stdout tail " + out.subList(Math.max(0, out.size() - 5), out.size()) + ", stderr: " + err;
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void closeAll(List<ChildJvm> children) {
        children.forEach(ChildJvm::close);
    }
}
