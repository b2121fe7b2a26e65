package com.brewline.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The ui-bench's start-up table: per line (a program and its JVM options) the first frame, peak memory and CPU over
 * the rounds, each beside the plain hello world's and the hello world's with the same options (and archive).
 */
final class StartUpTable {
    private final String plainSuffix;
    private final String helloSameOptions;

    /**
     * @param plainSuffix      how a line of a screen without JVM options ends
     * @param helloSameOptions the line of the hello world with the screens' options
     */
    StartUpTable(String plainSuffix, String helloSameOptions) {
        this.plainSuffix = plainSuffix;
        this.helloSameOptions = helloSameOptions;
    }

    void print(Map<String, List<ScreenRun>> runs, int rounds) {
        System.out.printf(Locale.ROOT, "%nStart-up, %d starts each in turns (goal: within 1.5x the hello world's time, 1.3x its memory)%n", rounds);
        System.out.printf(Locale.ROOT, "  x hello: to the plain hello world (no JVM options, no archive); x same: to the hello world with the"
                + " same JVM options (and archive)%n");
        System.out.printf(Locale.ROOT, "  %-36s %-22s %-8s %-7s %-20s %-8s %-7s %-16s%n", "program", "first frame (ms)", "x hello", "x same",
                "peak RSS (MiB)", "x hello", "x same", "CPU (ms, med)");
        for (Map.Entry<String, List<ScreenRun>> e : runs.entrySet()) {
            List<ScreenRun> same = runs.get(sameOptionsHello(e.getKey()));
            long[] ms = e.getValue().stream().mapToLong(ScreenRun::shownMillis).sorted().toArray();
            long[] rss = e.getValue().stream().mapToLong(ScreenRun::peakRssKiB).sorted().toArray();
            long[] cpu = e.getValue().stream().mapToLong(ScreenRun::cpuMillis).sorted().toArray();
            System.out.printf(Locale.ROOT, "  %-36s %-22s %-8s %-7s %-20s %-8s %-7s %-16s%n", e.getKey(),
                    ms[0] + "-" + ms[ms.length - 1] + " (med " + Math.round(median(ms)) + ")",
                    ratio(median(ms), runs.get("hello world"), ScreenRun::shownMillis),
                    ratio(median(ms), same, ScreenRun::shownMillis),
                    rss[0] / 1024 + "-" + rss[rss.length - 1] / 1024 + " (med " + Math.round(median(rss) / 1024) + ")",
                    ratio(median(rss), runs.get("hello world"), ScreenRun::peakRssKiB),
                    ratio(median(rss), same, ScreenRun::peakRssKiB),
                    Math.round(median(cpu)));
        }
    }

    /** The hello world started with the same JVM options (and archive) as this line's program. */
    private String sameOptionsHello(String variant) {
        boolean withCds = variant.endsWith(" +CDS");
        String base = withCds ? variant.substring(0, variant.length() - " +CDS".length()) : variant;
        String hello = base.endsWith(plainSuffix) || base.equals("hello world") ? "hello world" : helloSameOptions;
        return withCds ? hello + " +CDS" : hello;
    }

    private static String ratio(double value, List<ScreenRun> reference, ToLongFunction<ScreenRun> figure) {
        if (reference == null) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.2f", value / median(reference.stream().mapToLong(figure).toArray()));
    }

    private static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }
}
