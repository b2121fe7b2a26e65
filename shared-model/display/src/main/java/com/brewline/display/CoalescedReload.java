package com.brewline.display;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A screen's database thread, fed by the store's change feed: a burst of commits from any process
 * collapses into one reload, and neither the reload nor anything else given to {@link #executor()}
 * ever runs on the FX thread.
 */
public final class CoalescedReload implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CoalescedReload.class);

    private final ExecutorService db;
    private final Runnable reload;
    private final AtomicBoolean queued = new AtomicBoolean();
    private AutoCloseable subscription;

    public CoalescedReload(String threadName, Runnable reload) {
        this.reload = reload;
        this.db = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Where changes come from: the store's change feed ({@code store.changes()}), whose listeners run on its own thread. */
    @FunctionalInterface
    public interface Changes {
        /** @return a handle that stops the listener */
        AutoCloseable subscribe(Runnable onChange);
    }

    /** Subscribes to the feed and loads the first snapshot. */
    public void start(Changes changes) {
        subscription = changes.subscribe(this::request);
        request();
    }

    /** Safe from any thread; requests made before the reload begins share it. */
    public void request() {
        if (queued.compareAndSet(false, true)) {
            db.execute(() -> {
                queued.set(false);
                reload.run();
            });
        }
    }

    /** The database thread, for a screen's own writes (start, bump, ...) in order with its reloads. */
    public Executor executor() {
        return db;
    }

    @Override
    public void close() {
        try {
            if (subscription != null) {
                subscription.close();
            }
        } catch (Exception e) {
            log.debug("unsubscribe failed", e);
        }
        db.shutdownNow();
    }
}
