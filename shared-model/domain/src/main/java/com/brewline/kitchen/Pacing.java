package com.brewline.kitchen;

import java.time.Duration;

/**
 * The owner's limits on the queue, counted in preparation minutes (not in orders): past
 * {@code warnMinutes} the kiosks show the wait before the customer pays; past {@code pauseMinutes}
 * they take no new orders until the wait falls clearly below it again ({@link #resumeMargin}). 0 turns a
 * limit off.
 */
public record Pacing(int warnMinutes, int pauseMinutes) {
    public static final int MAX_MINUTES = 240;

    public Pacing {
        if (warnMinutes < 0 || warnMinutes > MAX_MINUTES || pauseMinutes < 0 || pauseMinutes > MAX_MINUTES) {
            throw new IllegalArgumentException("pacing limits must be 0.." + MAX_MINUTES + " minutes, were "
                    + warnMinutes + " and " + pauseMinutes);
        }
        if (warnMinutes > 0 && pauseMinutes > 0 && pauseMinutes <= warnMinutes) {
            throw new IllegalArgumentException("the pause limit (" + pauseMinutes
                    + " min) must be above the warning limit (" + warnMinutes + " min)");
        }
    }

    public static Pacing off() {
        return new Pacing(0, 0);
    }

    public enum Level {
        /** Take orders; the wait need not be pointed out. */
        NORMAL,
        /** Take orders, and show the wait up front. */
        SHOW_WAIT,
        /** Take no new orders until the wait falls. */
        PAUSED
    }

    /**
     * How far below the pause limit the wait must fall before a paused kiosk takes orders again: 10 % of the
     * limit, at least a minute. Without it a wait hovering at the limit (each bump takes a few minutes off, each
     * new paid order puts some on) would pause and resume the kiosks at every check.
     */
    public Duration resumeMargin() {
        return Duration.ofSeconds(Math.max(60, pauseMinutes * 6L));
    }

    /** The level now, given the level of the previous check: a pause holds until the wait is below the margin. */
    public Level level(Duration estimatedWait, Level before) {
        Level now = level(estimatedWait);
        long seconds = Math.max(0, estimatedWait.toSeconds());
        if (before == Level.PAUSED && now != Level.PAUSED && pauseMinutes > 0
                && seconds >= pauseMinutes * 60L - resumeMargin().toSeconds()) {
            return Level.PAUSED;
        }
        return now;
    }

    public Level level(Duration estimatedWait) {
        long seconds = Math.max(0, estimatedWait.toSeconds());
        if (pauseMinutes > 0 && seconds >= pauseMinutes * 60L) {
            return Level.PAUSED;
        }
        if (warnMinutes > 0 && seconds >= warnMinutes * 60L) {
            return Level.SHOW_WAIT;
        }
        return Level.NORMAL;
    }
}
