package com.brewline.kiosk.testing;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Small helpers for driving the FX thread from a test thread. */
public final class Fx {
    private Fx() {
    }

    public static void run(Runnable r) {
        get(() -> {
            r.run();
            return null;
        });
    }

    public static <T> T get(Supplier<T> s) {
        if (Platform.isFxApplicationThread()) {
            return s.get();
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(s.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits (polling the FX thread) until the condition holds; fails with {@code what} after the timeout. */
    public static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (get(condition::getAsBoolean)) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("timed out after " + timeout + " waiting for: " + what);
    }

    /** Waits until a condition checked on the calling thread holds (for store and provider calls, never on the FX thread). */
    public static void waitOffFx(String what, Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("timed out after " + timeout + " waiting for: " + what);
    }

    /** Lets pending runLater work and a layout pass happen. */
    public static void settle() {
        for (int i = 0; i < 3; i++) {
            run(() -> { });
        }
    }

    /** Settles, then waits (up to 10 s) until every picture in the scene has loaded or failed: pictures load in the background. */
    public static void settlePictures(javafx.scene.Scene scene) {
        settle();
        waitUntil("the pictures to load", Duration.ofSeconds(10), () -> scene.getRoot().lookupAll("#menu-picture").stream()
                .map(n -> ((javafx.scene.image.ImageView) n).getImage())
                .allMatch(i -> i == null || i.isError() || i.getProgress() >= 1));
        settle();
    }

    public static void snapshot(Scene scene, Path file) {
        WritableImage image = get(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return scene.snapshot(null);
        });
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
