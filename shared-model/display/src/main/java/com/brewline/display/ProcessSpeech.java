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

    ProcessSpeech(SpeechEngine engine) {
        this(engine, TIME_OUT, engine == null ? null : engine.executable());
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
        log.info("speech: {}", engine == null ? "none" : engine.executable());
    }

    static ProcessSpeech silent() {
        return new ProcessSpeech(null);
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
        try {
            speaker.execute(() -> sayAndWait(text, language));
        } catch (RejectedExecutionException e) {
            log.debug("speech closed; not said: {}", text);
        }
    }

    @Override
    public void sayAndWait(String text, Locale language) {
        if (engine == null || text == null || text.isBlank()) {
            return;
        }
        SpeechEngine.Command c = engine.command(text, language);
        List<String> args = new ArrayList<>(c.arguments());
        args.set(0, program);
        ProcessBuilder pb = new ProcessBuilder(args).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(c.environment());
        Process p = null;
        try {
            p = pb.start();
            if (!p.waitFor(timeOut.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("speech: {} did not finish within {} ms; stopped", engine.executable(), timeOut.toMillis());
            } else if (p.exitValue() != 0 && warned.compareAndSet(false, true)) {
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
            if (p != null) {
                p.destroyForcibly();
            }
        }
    }

    @Override
    public void close() {
        speaker.shutdownNow();
    }
}
