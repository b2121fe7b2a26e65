package com.brewline.office.support;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a job off the FX thread and hands its result or its failure back on it; {@code busy} counts the
 * jobs running, for the progress indicator.
 */
public final class Work {
    private final Executor background;
    private final Executor fx;
    private final javafx.beans.property.ReadOnlyIntegerWrapper running = new javafx.beans.property.ReadOnlyIntegerWrapper();

    public Work(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
    }

    public javafx.beans.property.ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public <T> void run(Supplier<T> job, Consumer<T> onDone, Consumer<RuntimeException> onFailed) {
        running.set(running.get() + 1);
        background.execute(() -> {
            T result;
            try {
                result = job.get();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Work.class).warn("office work failed", e);
                fx.execute(() -> {
                    running.set(running.get() - 1);
                    onFailed.accept(e);
                });
                return;
            }
            fx.execute(() -> {
                running.set(running.get() - 1);
                onDone.accept(result);
            });
        });
    }
}
