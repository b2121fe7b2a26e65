package com.brewline.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * This same program started again as a separate JVM (same java, same class path) running one internal
 * subcommand. Its protocol lines go to a handler as they come; anything else it prints, and its stderr,
 * is passed on to this process's stderr so errors are not lost.
 */
final class WorkerProcess implements AutoCloseable {
    /** Workers still running; killed if this process is interrupted (Ctrl-C), so none is left behind. */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly),
                "kill-worker-processes"));
    }

    private final String name;
    private final Process process;
    private final Thread reader;

    private WorkerProcess(String name, Process process, Consumer<String[]> onLine, PrintStream passOn) {
        this.name = name;
        this.process = process;
        this.reader = new Thread(() -> read(onLine, passOn), "stdout-of-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    static WorkerProcess start(String name, List<String> args, Consumer<String[]> onLine) {
        return start(name, args, Map.of(), onLine);
    }

    /** @param environment added to the worker's environment: secrets go here, never on its command line */
    static WorkerProcess start(String name, List<String> args, Map<String, String> environment,
                               Consumer<String[]> onLine) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:+UseSerialGC", "-Xshare:auto"));
        command.addAll(jitChoiceOfThisJvm());
        command.addAll(List.of(
                "-Dbrewline.process=" + name,
                "-cp", System.getProperty("java.class.path"),
                BrewlineCli.class.getName()));
        command.addAll(args);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
            builder.environment().putAll(environment);
            Process process = builder.start();
            RUNNING.add(process);
            process.onExit().thenRun(() -> RUNNING.remove(process));
            return new WorkerProcess(name, process, onLine, System.err);
        } catch (IOException e) {
            throw new CliException("cannot start the worker process " + name + ": " + e.getMessage(), e);
        }
    }

    /** A worker compiles as the command that starts it does (C1 only when the command runs so, as under the tests). */
    private static List<String> jitChoiceOfThisJvm() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-XX:TieredStopAtLevel=")).toList();
    }

    private void read(Consumer<String[]> onLine, PrintStream passOn) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String text = line;
                WorkerProtocol.parse(text).ifPresentOrElse(onLine, () -> passOn.println("[" + name + "] " + text));
            }
        } catch (IOException ignored) {
            // the process ended: everything it printed has been handled
        }
    }

    /** Writes one line to the process's stdin. */
    void send(String line) {
        try {
            process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        } catch (IOException e) {
            throw new CliException("cannot reach the worker process " + name + ": " + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    /**
     * Waits until the process ends and all its output was handled.
     *
     * @return its exit code, or -1 when it had to be killed at the deadline
     */
    int await(long deadlineMillis) throws InterruptedException {
        long left = Math.max(1, deadlineMillis - System.currentTimeMillis());
        if (!process.waitFor(left, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            reader.join(5_000);
            return -1;
        }
        reader.join(10_000);
        return process.exitValue();
    }

    /** Kills the process at once, as kill -9 does (destroyForcibly is SIGKILL on Linux): the chaos of a simulate run. */
    void killHard() {
        process.destroyForcibly();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
