package com.brewline.kiosk.common;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

class BackgroundTest {
    @Test
    void workAskedForAfterTheCloseIsDroppedWithoutThrowingOnTheAskingThread() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        AtomicInteger callbacks = new AtomicInteger();
        Background background = new Background(worker, Runnable::run);
        assertEquals(7, background.run(() -> 7, v -> callbacks.incrementAndGet(), e -> callbacks.incrementAndGet())
                .get(5, TimeUnit.SECONDS));
        worker.shutdownNow();
        assertTrue(worker.awaitTermination(5, TimeUnit.SECONDS));

        var late = assertDoesNotThrow(() -> background.run(() -> 8, v -> callbacks.incrementAndGet(),
                e -> callbacks.incrementAndGet()));
        assertTrue(late.isCompletedExceptionally(), "the dropped work's future says so");
        assertEquals(1, callbacks.get(), "no callback for work that never ran");
    }
}
