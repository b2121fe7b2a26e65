package com.brewline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One start of one program under the start-up probe: how long until its first frame, and its peak memory. */
record ScreenRun(String program, long shownMillis, long peakRssKiB, long cpuMillis, Map<String, String> frames) {

    /**
     * Starts {@code mainClass} in a new JVM with the probe and waits (at most 90 s) for its report;
     * {@code whileRunning} is called about every 20 ms meanwhile (the bench's new orders).
     */
    static ScreenRun measure(String program, String mainClass, List<String> jvmOptions, List<String> args,
                             Map<String, String> env, Path workDir, double frameSeconds, double settleSeconds,
                             Runnable whileRunning) throws IOException, InterruptedException {
        Path report = Files.createTempFile(workDir, program.replace(' ', '-'), ".probe");
        Files.delete(report);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8",
                "-Djavafx.preloader=com.brewline.display.StartupProbe",
                "-Dbrewline.probe.out=" + report,
                "-Dbrewline.probe.frameSeconds=" + frameSeconds,
                "-Dbrewline.probe.settleSeconds=" + settleSeconds));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", jarsOnly(System.getProperty("java.class.path")), mainClass));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(workDir.resolve(program.replace(' ', '-') + ".log").toFile());
        builder.environment().putAll(env);
        long started = System.currentTimeMillis();
        Process process = builder.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!Files.exists(report)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(program + " exited (" + process.exitValue() + ") before its first frame: see "
                            + workDir.resolve(program.replace(' ', '-') + ".log"));
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(program + " showed no frame within 90 s");
                }
                if (whileRunning != null) {
                    whileRunning.run();
                }
                process.waitFor(20, TimeUnit.MILLISECONDS);
            }
            Map<String, String> fields = new HashMap<>();
            for (String pair : Files.readString(report).trim().split(" ")) {
                String[] kv = pair.split("=", 2);
                fields.put(kv[0], kv[1]);
            }
            long shownAt = Long.parseLong(fields.remove("shownAtMillis"));
            long rss = Long.parseLong(fields.remove("peakRssKiB"));
            long cpu = Long.parseLong(fields.remove("cpuMillis"));
            return new ScreenRun(program, shownAt - started, rss, cpu, fields);
        } finally {
            // the probe exits by itself (a class-data training run must end normally to write its archive)
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** The class path without folders: class-data sharing takes jars only, and the screens need no folder. */
    static String jarsOnly(String classPath) {
        return java.util.Arrays.stream(classPath.split(java.io.File.pathSeparator))
                .filter(entry -> !Files.isDirectory(Path.of(entry)))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }
}
