package com.brewline.barista.testing;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** FX-thread helpers for the tests: read state on the FX thread, wait for a condition, save a picture. */
public final class Fx {
    private Fx() {
    }

    public static <T> T call(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX call failed", e);
        }
    }

    public static void run(Runnable r) {
        call(() -> {
            r.run();
            return null;
        });
    }

    /** Waits (up to {@code seconds}) until the condition, evaluated on the FX thread, holds. */
    public static void waitUntil(int seconds, String what, BooleanSupplier condition) {
        waitUntil(seconds, what, condition, () -> "");
    }

    /** As {@link #waitUntil(int, String, BooleanSupplier)}, describing the state seen when it times out. */
    public static void waitUntil(int seconds, String what, BooleanSupplier condition, Supplier<String> state) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> call(condition::getAsBoolean));
        } catch (Exception e) {
            throw new AssertionError("timed out after " + seconds + " s waiting for: " + what + " " + call(state::get));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for a condition read on the test thread: for database checks, which never run on the FX thread. */
    public static void waitFor(int seconds, String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (Exception e) {
            throw new AssertionError("timed out after " + seconds + " s waiting for: " + what);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Renders the node as it is on screen to target/screenshots/NAME.png. */
    public static Path screenshot(Node node, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = call(() -> node.snapshot(null, null));
        Path dir = Path.of(System.getProperty("brewline.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        return file;
    }

    public static boolean onFxThread() {
        return Platform.isFxApplicationThread();
    }
}
