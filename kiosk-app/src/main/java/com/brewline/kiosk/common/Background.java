package com.brewline.kiosk.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Runs database and network work off the FX thread and hands the result back on it.
 * The UI executor is Platform::runLater in the app.
 */
public final class Background {
    private final Executor worker;
    private final Executor ui;

    public Background(Executor worker, Executor ui) {
        this.worker = worker;
        this.ui = ui;
    }

    /**
     * Runs {@code work} on the worker and hands its result or failure to the FX thread. Once the kiosk is closing (its
     * worker shut down) new work is dropped: a callback still pending at the close may ask for more, and that must
     * not throw on the FX thread.
     */
    public <T> CompletableFuture<T> run(Callable<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFail) {
        CompletableFuture<T> future;
        try {
            future = CompletableFuture.supplyAsync(() -> {
                try {
                    return work.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, worker);
        } catch (RejectedExecutionException closing) {
            return CompletableFuture.failedFuture(closing);
        }
        future.whenComplete((result, error) -> ui.execute(() -> {
            if (error == null) {
                onDone.accept(result);
            } else {
                onFail.accept(error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                        ? error.getCause() : error);
            }
        }));
        return future;
    }

    public void runOnUi(Runnable r) {
        ui.execute(r);
    }

    public Executor worker() {
        return worker;
    }
}
