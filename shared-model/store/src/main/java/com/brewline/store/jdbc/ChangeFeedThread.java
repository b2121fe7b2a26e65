package com.brewline.store.jdbc;

import com.brewline.store.ChangeFeed;
import com.brewline.store.ChangeListeners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.locks.LockSupport;

/**
 * A change feed's thread and listeners, the same for both engines: one daemon thread, started by the first
 * subscription, runs the engine's {@link #watch} loop (SQLite polls {@code PRAGMA data_version}; PostgreSQL
 * LISTENs) until the feed is closed; listeners run on that thread, one after another.
 */
public abstract class ChangeFeedThread implements ChangeFeed {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeedThread.class);

    private final String source;
    private final ChangeListeners listeners = new ChangeListeners();
    private volatile Thread thread;
    private volatile boolean closed;

    /** @param source the database as people may read it (a file, a server without its password) */
    protected ChangeFeedThread(String source) {
        this.source = source;
    }

    /** The engine's loop on the feed's thread: returns once {@link #isClosed()}, its own connection closed. */
    protected abstract void watch();

    @Override
    public final AutoCloseable subscribe(Runnable onChange) {
        if (closed) {
            throw new IllegalStateException("The change feed of " + source + " is closed");
        }
        AutoCloseable subscription = listeners.add(onChange);
        startOnce();
        return subscription;
    }

    private synchronized void startOnce() {
        if (thread == null) {
            Thread t = new Thread(this::watch, "brewline-change-feed");
            t.setDaemon(true);
            thread = t;
            t.start();
        }
    }

    protected final boolean isClosed() {
        return closed;
    }

    protected final String source() {
        return source;
    }

    /** Wakes the feed's thread from a park (a commit of this process, or the close). */
    protected final void wake() {
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    protected final void notifyListeners() {
        listeners.callAll((listener, e) -> LOG.warn("A change listener failed", e));
    }

    /** Stops the thread (waiting up to 2 s for it) and forgets every listener. */
    @Override
    public final void close() {
        closed = true;
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
            try {
                t.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        listeners.clear();
    }
}
