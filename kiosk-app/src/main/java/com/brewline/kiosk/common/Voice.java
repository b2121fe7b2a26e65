package com.brewline.kiosk.common;

/**
 * The customer's voice settings: volume 0-100 % and speed in steps from -2 (slow) to +2 (fast),
 * 0 being each engine's normal pace. Each engine turns them into its own scale.
 */
public record Voice(int volumePercent, int speedStep) {
    public static final int MIN_SPEED = -2;
    public static final int MAX_SPEED = 2;
    public static final Voice NORMAL = new Voice(80, 0);

    public Voice {
        if (volumePercent < 0 || volumePercent > 100) {
            throw new IllegalArgumentException("volume is 0 to 100 %, was " + volumePercent);
        }
        if (speedStep < MIN_SPEED || speedStep > MAX_SPEED) {
            throw new IllegalArgumentException("speed step is " + MIN_SPEED + " to " + MAX_SPEED + ", was " + speedStep);
        }
    }

    /** The next volume on a one-button cycle: 40, 60, 80, 100, then 40 again. */
    public Voice nextVolume() {
        return new Voice(volumePercent >= 100 ? 40 : Math.min(100, (volumePercent / 20 + 1) * 20), speedStep);
    }

    /** The next speed on a one-button cycle: normal, fast... slow, slower, normal. */
    public Voice nextSpeed() {
        return new Voice(volumePercent, switch (speedStep) {
            case 0 -> -1;
            case -1 -> -2;
            case -2 -> 1;
            default -> 0;
        });
    }
}
