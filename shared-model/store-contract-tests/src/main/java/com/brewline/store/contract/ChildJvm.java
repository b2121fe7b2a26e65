package com.brewline.store.contract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real second JVM on the test classpath running one main class; its stdout lines are collected
 * as they come, its stderr kept in a file for the failure message. Closing kills it (SIGKILL).
 */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;
    private final Path stderr;
    private final String name;

    private ChildJvm(String name, Process process, Path stderr) {
        this.name = name;
        this.process = process;
        this.stderr = stderr;
        this.reader = new Thread(this::readLines, "stdout-of-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    public static ChildJvm start(Path workDir, String name, Class<?> mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        Path stderr = workDir.resolve(name + ".stderr");
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        return new ChildJvm(name, process, stderr);
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
    }

    public static void closeAll(List<ChildJvm> children) {
        children.forEach(ChildJvm::close);
    }

}
