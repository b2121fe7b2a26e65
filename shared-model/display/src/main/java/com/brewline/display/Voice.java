package com.brewline.display;

/**
 * How loud and how fast speech is: volume 20-100 % in steps of 20, speed in steps from -2 (slow) to
 * +2 (fast), 0 being each engine's normal pace. Each engine turns them into its own scale
 * ({@link SpeechEngine}). The kiosk's customer changes them with +/- buttons; the next customer
 * gets {@link #NORMAL} again.
 */
public record Voice(int volumePercent, int speedStep) {
    public static final int MIN_VOLUME = 20;
    public static final int MAX_VOLUME = 100;
    public static final int VOLUME_STEP = 20;
    public static final int MIN_SPEED = -2;
    public static final int MAX_SPEED = 2;
    public static final Voice NORMAL = new Voice(80, 0);

    public Voice {
        if (volumePercent < MIN_VOLUME || volumePercent > MAX_VOLUME) {
            throw new IllegalArgumentException("volume is " + MIN_VOLUME + " to " + MAX_VOLUME + " %, was " + volumePercent);
        }
        if (speedStep < MIN_SPEED || speedStep > MAX_SPEED) {
            throw new IllegalArgumentException("speed step is " + MIN_SPEED + " to " + MAX_SPEED + ", was " + speedStep);
        }
    }

    public Voice louder() {
        return new Voice(Math.min(MAX_VOLUME, volumePercent + VOLUME_STEP), speedStep);
    }

    public Voice softer() {
        return new Voice(Math.max(MIN_VOLUME, volumePercent - VOLUME_STEP), speedStep);
    }

    public Voice faster() {
        return new Voice(volumePercent, Math.min(MAX_SPEED, speedStep + 1));
    }

    public Voice slower() {
        return new Voice(volumePercent, Math.max(MIN_SPEED, speedStep - 1));
    }

    public boolean loudest() {
        return volumePercent >= MAX_VOLUME;
    }

    public boolean softest() {
        return volumePercent <= MIN_VOLUME;
    }

    public boolean fastest() {
        return speedStep >= MAX_SPEED;
    }

    public boolean slowest() {
        return speedStep <= MIN_SPEED;
    }
}
