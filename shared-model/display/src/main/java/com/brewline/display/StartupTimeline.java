package com.brewline.display;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;

/**
 * Where a screen's start-up time goes, in the log at debug level ({@code com.brewline.display.StartupTimeline}):
 * each step with the milliseconds since the JVM started and since the previous step.
 */
public final class StartupTimeline {
    private static final Logger log = LoggerFactory.getLogger(StartupTimeline.class);
    private static final long JVM_START = ManagementFactory.getRuntimeMXBean().getStartTime();
    private static long previous = JVM_START;

    private StartupTimeline() {
    }

    public static synchronized void mark(String step) {
        long now = System.currentTimeMillis();
        if (log.isDebugEnabled()) {
            log.debug("start-up {} ms (+{} ms): {}", now - JVM_START, Math.max(0, now - previous), step);
        }
        previous = now;
    }
}
