package com.brewline.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * The listeners of one change feed, for both engines: added and removed from any thread, called one after another
 * on the feed's thread. A listener unsubscribed while a round of calls is under way is not called in the rest of
 * that round (each subscription is checked just before its call), so after {@code close()} returns it hears of no
 * later commit.
 */
public final class ChangeListeners {
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    private final class Subscription implements AutoCloseable {
        private final Runnable listener;
        private volatile boolean active = true;

        Subscription(Runnable listener) {
            this.listener = listener;
        }

        @Override
        public void close() {
            active = false;
            subscriptions.remove(this);
        }
    }

    public AutoCloseable add(Runnable listener) {
        Subscription s = new Subscription(listener);
        subscriptions.add(s);
        return s;
    }

    /** Calls every active listener; one that throws is reported to {@code onFailure} and the others still run. */
    public void callAll(BiConsumer<Runnable, RuntimeException> onFailure) {
        for (Subscription s : subscriptions) {
            if (!s.active) {
                continue;
            }
            try {
                s.listener.run();
            } catch (RuntimeException e) {
                onFailure.accept(s.listener, e);
            }
        }
    }

    public void clear() {
        subscriptions.forEach(s -> s.active = false);
        subscriptions.clear();
    }
}
