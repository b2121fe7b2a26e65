package com.brewline.display;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A short two-tone chime, synthesised with javax.sound.sampled on its own daemon thread so that a
 * slow or missing audio device never touches the FX thread. Without an audio device it logs once
 * and stays quiet.
 */
public final class Chime implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Chime.class);
    private static final float RATE = 44_100f;

    private final boolean enabled;
    private final ExecutorService player;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicBoolean warnedNoDevice = new AtomicBoolean();
    private final AtomicLong requested = new AtomicLong();

    public Chime(boolean enabled) {
        this.enabled = enabled;
        this.player = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "chime");
            t.setDaemon(true);
            return t;
        });
    }

    /** Plays the chime unless one is already playing (a burst of orders rings once). */
    public void play() {
        requested.incrementAndGet();
        if (!enabled || !busy.compareAndSet(false, true)) {
            return;
        }
        player.execute(() -> {
            try {
                ring();
            } finally {
                busy.set(false);
            }
        });
    }

    /** Rings now on the caller's thread and returns when done: for a call queue that speaks after the chime. */
    public void ringAndWait() {
        requested.incrementAndGet();
        if (enabled) {
            ring();
        }
    }

    /** How often a chime was asked for (rung or coalesced), for tests and diagnostics. */
    public long requestedCount() {
        return requested.get();
    }

    private void ring() {
        byte[] pcm = tones(new double[]{880, 1318.5}, 0.14);
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(pcm, 0, pcm.length);
            line.drain();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            if (warnedNoDevice.compareAndSet(false, true)) {
                log.info("no audio device for the chime ({}); staying quiet", e.getMessage());
            }
        }
    }

    /** Sine tones one after another, each with a short fade so nothing clicks. */
    static byte[] tones(double[] frequencies, double secondsEach) {
        int perTone = (int) (RATE * secondsEach);
        byte[] pcm = new byte[perTone * frequencies.length * 2];
        int fade = (int) (RATE * 0.02);
        for (int t = 0; t < frequencies.length; t++) {
            for (int i = 0; i < perTone; i++) {
                double envelope = Math.min(1.0, Math.min(i, perTone - i) / (double) fade);
                short v = (short) (Math.sin(2 * Math.PI * frequencies[t] * i / RATE) * envelope * 0.4 * Short.MAX_VALUE);
                int at = (t * perTone + i) * 2;
                pcm[at] = (byte) v;
                pcm[at + 1] = (byte) (v >> 8);
            }
        }
        return pcm;
    }

    @Override
    public void close() {
        player.shutdownNow();
    }
}
