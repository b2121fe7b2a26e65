package com.brewline.barista.testing;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@link OrderWriterMain} in a real second JVM, bounded in time, and cleans up. */
public final class WriterProcess {
    private WriterProcess() {
    }

    /** @return the writer's output lines ("PAID id number") */
    public static List<String> payOrders(Path db, String providerUrl, String secretKey, int count) throws Exception {
        return payOrders(db, providerUrl, secretKey, count, 0);
    }

    /** @param pauseMillis pause after each order (a kiosk's customers do not arrive back to back) */
    public static List<String> payOrders(Path db, String providerUrl, String secretKey, int count, long pauseMillis)
            throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true", OrderWriterMain.class.getName(), db.toString(), providerUrl, secretKey,
                String.valueOf(count), String.valueOf(pauseMillis));
        File err = File.createTempFile("writer", ".err");
        pb.redirectError(err);
        Process p = pb.start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                throw new AssertionError("the writer process did not finish within 120 s");
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new AssertionError("the writer process failed (" + p.exitValue() + "):\n"
                        + Files.readString(err.toPath()));
            }
            return out.lines().filter(l -> l.startsWith("PAID ")).toList();
        } finally {
            p.destroyForcibly();
            err.delete();
        }
    }
}
