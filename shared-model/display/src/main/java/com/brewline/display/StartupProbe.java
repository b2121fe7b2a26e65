package com.brewline.display;

import javafx.animation.AnimationTimer;
import javafx.application.Preloader;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Measures a screen from outside its code, for {@code ui-bench}: started as JavaFX's preloader
 * ({@code -Djavafx.preloader=com.brewline.display.StartupProbe -Dbrewline.probe.out=FILE}), it watches for
 * the first window, and once that window has drawn its first frame and the FX thread is free again
 * (the second animation pulse after showing), writes when that was (epoch ms) and the peak resident
 * memory so far. With {@code brewline.probe.frameSeconds} it then records the interval between frames
 * for that long (p50, p99, max), after {@code brewline.probe.settleSeconds} of warming up, before writing. The process then exits. Never used in production.
 */
public final class StartupProbe extends Preloader {
    static final String OUT = "brewline.probe.out";
    static final String FRAME_SECONDS = "brewline.probe.frameSeconds";
    static final String SETTLE_SECONDS = "brewline.probe.settleSeconds";

    private boolean watching;

    @Override
    public void start(Stage preloaderStage) {
        // nothing to show: the screen's own window is what is measured
    }

    @Override
    public void handleStateChangeNotification(StateChangeNotification info) {
        if (info.getType() == StateChangeNotification.Type.BEFORE_START && !watching) {
            watching = true;
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    for (Window window : change.getAddedSubList()) {
                        if (window.isShowing()) {
                            measure();
                            return;
                        }
                    }
                }
            });
        }
    }

    private void measure() {
        Path out = Path.of(System.getProperty(OUT, "startup-probe.txt"));
        double frameSeconds = Double.parseDouble(System.getProperty(FRAME_SECONDS, "0"));
        double settleSeconds = Double.parseDouble(System.getProperty(SETTLE_SECONDS, "0"));
        new AnimationTimer() {
            private int ticks;
            private long shownAtMillis;
            private long rssKiB;
            private long cpuMillis;
            private long firstTickNanos;
            private long lastNanos;
            private long[] intervals = new long[1024];
            private int count;

            @Override
            public void handle(long now) {
                ticks++;
                if (ticks == 2) {
                    shownAtMillis = System.currentTimeMillis();
                    rssKiB = peakRssKiB();
                    cpuMillis = cpuMillis();
                    firstTickNanos = now;
                } else if (ticks > 2 && (lastNanos - firstTickNanos) / 1e9 >= settleSeconds) {
                    if (count == intervals.length) {
                        intervals = Arrays.copyOf(intervals, count * 2);
                    }
                    intervals[count++] = now - lastNanos;
                }
                lastNanos = now;
                if (ticks >= 2 && (now - firstTickNanos) / 1e9 >= settleSeconds + frameSeconds) {
                    stop();
                    write(out, shownAtMillis, rssKiB, cpuMillis, Arrays.copyOf(intervals, count));
                    // a normal exit (off the FX thread), so that a class-data archive run can dump its archive
                    new Thread(() -> System.exit(0), "startup-probe-exit").start();
                }
            }
        }.start();
    }

    private static void write(Path out, long shownAtMillis, long rssKiB, long cpuMillis, long[] intervalNanos) {
        Arrays.sort(intervalNanos);
        String frames = intervalNanos.length == 0 ? "" : String.format(Locale.ROOT, " frames=%d p50ms=%.1f p99ms=%.1f maxms=%.1f",
                intervalNanos.length, pick(intervalNanos, 0.50), pick(intervalNanos, 0.99),
                intervalNanos[intervalNanos.length - 1] / 1e6);
        try {
            Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
            Files.writeString(tmp, "shownAtMillis=" + shownAtMillis + " peakRssKiB=" + rssKiB + " cpuMillis=" + cpuMillis
                    + frames + "\n",
                    StandardCharsets.UTF_8);
            Files.move(tmp, out, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double pick(long[] sorted, double share) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)] / 1e6;
    }

    /**
     * The CPU time the whole process used so far (every thread, the JIT and the GC included): on a machine
     * shared with other work it moves far less than the time to the first frame.
     */
    static long cpuMillis() {
        try {
            // /proc/self/stat: after the command's closing parenthesis, utime and stime are the 12th and 13th fields,
            // in clock ticks (100 a second on Linux); read without loading any class the screen would not load
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1; // not Linux
        }
    }

    /** VmHWM from /proc (Linux); -1 elsewhere. */
    static long peakRssKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the bench says so
        }
        return -1;
    }
}
