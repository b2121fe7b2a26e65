package com.brewline.store;

/**
 * Tells a process about commits made by any process to the database, within about 100 ms.
 * Listeners run on the feed's own thread, never on the FX thread: a UI hops over itself.
 */
public interface ChangeFeed extends AutoCloseable {
    /** @return a handle that stops this listener */
    AutoCloseable subscribe(Runnable onChange);

    @Override
    void close();
}
