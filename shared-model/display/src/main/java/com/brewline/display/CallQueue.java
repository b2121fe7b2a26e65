package com.brewline.display;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Calls announcements one after another on their own thread: the chime, then each sentence in
 * turn (Korean, then English), so that two numbers turning ready together are called one by one
 * and never over each other. Never touches the FX thread.
 */
public final class CallQueue implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CallQueue.class);
    /** A rush of more calls than this waiting is cut: the board still shows every number. */
    private static final int MAX_WAITING = 8;

    private final Chime chime;
    private final Speech speech;
    private final ExecutorService caller;

    /** One sentence in one language. */
    public record Sentence(String text, Locale language) {
    }

    public CallQueue(Chime chime, Speech speech) {
        this.chime = chime;
        this.speech = speech;
        this.caller = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(MAX_WAITING), r -> {
            Thread t = new Thread(r, "call-queue");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.DiscardPolicy());
    }

    /** Chime, then the sentences, after any call already waiting. */
    public void call(List<Sentence> sentences) {
        try {
            caller.execute(() -> {
                chime.ringAndWait();
                for (Sentence s : sentences) {
                    speech.sayAndWait(s.text(), s.language());
                }
            });
        } catch (RejectedExecutionException e) {
            log.debug("call queue closed");
        }
    }

    public Speech speech() {
        return speech;
    }

    @Override
    public void close() {
        caller.shutdownNow();
        speech.close();
    }
}
