package com.brewline.display;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Speech through an engine's program, one utterance at a time on a daemon thread. Every process
 * runs under a time-out and is killed past it; a queue that grows past a few calls drops the
 * newest rather than talk for minutes behind the board.
 */
final class ProcessSpeech implements Speech {
    private static final Logger log = LoggerFactory.getLogger(ProcessSpeech.class);
    static final Duration TIME_OUT = Duration.ofSeconds(15);
    private static final int MAX_QUEUED = 12;

    private final SpeechEngine engine;
    private final Duration timeOut;
    /** The program to run: the engine's name on the PATH, or a full path. */
    private final String program;
    private final ExecutorService speaker;
    private final AtomicBoolean warned = new AtomicBoolean();
    /** Raised by {@link #stop}: a sentence queued before it is dropped when its turn comes. */
    private final AtomicLong generation = new AtomicLong();
    private volatile Process speaking;
    private volatile Voice voice = Voice.NORMAL;

    ProcessSpeech(SpeechEngine engine) {
        this(engine, TIME_OUT, engine == null ? null : engine.program(System.getenv()));
    }

    ProcessSpeech(SpeechEngine engine, Duration timeOut, String program) {
        this.engine = engine;
        this.timeOut = timeOut;
        this.program = program;
        this.speaker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(MAX_QUEUED), r -> {
            Thread t = new Thread(r, "speech");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.DiscardPolicy());
        if (engine != null) {
            log.info("speech: {}", program);
        }
    }

    /** No engine on this machine: said once in the log; the screens still show every text. */
    static ProcessSpeech none() {
        log.warn("speech: no speech engine found (Linux: espeak-ng or spd-say on the PATH; Windows: PowerShell): "
                + "spoken guidance is shown as text only");
        return new ProcessSpeech(null);
    }

    /** Speech switched off by the configuration. */
    static ProcessSpeech silent() {
        log.info("speech: off");
        return new ProcessSpeech(null);
    }

    @Override
    public void setVoice(Voice voice) {
        this.voice = java.util.Objects.requireNonNull(voice, "voice");
    }

    @Override
    public Voice voice() {
        return voice;
    }

    @Override
    public String engine() {
        return engine == null ? "none" : engine.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public void say(String text, Locale language) {
        if (engine == null) {
            return;
        }
        long queuedIn = generation.get();
        try {
            speaker.execute(() -> {
                if (generation.get() == queuedIn) {
                    sayAndWait(text, language);
                }
            });
        } catch (RejectedExecutionException e) {
            log.debug("speech closed; a sentence not said");
        }
    }

    @Override
    public void sayInstead(String text, Locale language) {
        stop();
        say(text, language);
    }

    @Override
    public void stop() {
        generation.incrementAndGet();
        Process p = speaking;
        speaking = null; // so its exit code (killed) is not taken for a broken engine
        if (p != null) {
            p.destroy();
        }
    }

    @Override
    public void sayAndWait(String text, Locale language) {
        if (engine == null || text == null || text.isBlank()) {
            return;
        }
        SpeechEngine.Command c = engine.command(text, language, voice);
        List<String> args = new ArrayList<>(c.arguments());
        args.set(0, program);
        ProcessBuilder pb = new ProcessBuilder(args).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(c.environment());
        Process p = null;
        try {
            p = pb.start();
            speaking = p;
            if (!p.waitFor(timeOut.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("speech: {} did not finish within {} ms; stopped", engine.executable(), timeOut.toMillis());
            } else if (p.exitValue() != 0 && speaking == p && warned.compareAndSet(false, true)) {
                log.warn("speech: {} failed with exit {} (is the {} voice installed?)", engine.executable(),
                        p.exitValue(), SpeechEngine.voice(language));
            }
        } catch (IOException e) {
            if (warned.compareAndSet(false, true)) {
                log.warn("speech: {} could not start: {}; staying quiet", engine.executable(), e.getMessage());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (speaking == p) {
                speaking = null;
            }
            if (p != null) {
                p.destroyForcibly();
            }
        }
    }

    @Override
    public void close() {
        stop();
        speaker.shutdownNow();
    }
}
