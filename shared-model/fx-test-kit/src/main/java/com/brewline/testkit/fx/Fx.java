package com.brewline.testkit.fx;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.BoundingBox;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The FX helpers of every screen test (kiosk, station, board, office): work on the FX thread from the test
 * thread, waits on a condition under a time-out (never a fixed sleep), a real robot tap, pictures of a screen.
 */
public final class Fx {
    /** One piece of FX work may take this long before the test fails: a whole screen built on a busy 2-core machine. */
    private static final Duration FX_WORK_TIMEOUT = Duration.ofSeconds(30);
    /** Between two looks at a condition. Each look is one FX round trip: short, but not a busy loop. */
    private static final long POLL_MILLIS = 10;
    /** FX round trips that let work posted by the last one (runLater, a layout pass) happen. */
    private static final int SETTLE_ROUND_TRIPS = 3;

    /** The platform's robot (Monocle's when headless), used on the FX thread only. */
    private static Robot robot;

    private Fx() {
    }

    public static boolean onFxThread() {
        return Platform.isFxApplicationThread();
    }

    public static void run(Runnable r) {
        get(() -> {
            r.run();
            return null;
        });
    }

    /** Runs {@code s} on the FX thread and returns its result; its exception is thrown here as it was thrown there. */
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
            return f.get(FX_WORK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new AssertionError("FX call failed", e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("the FX thread did not do the work within " + FX_WORK_TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for the FX thread", e);
        }
    }

    /** As {@link #get}, for work that throws checked exceptions. */
    public static <T> T call(Callable<T> c) {
        return get(() -> {
            try {
                return c.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("FX call failed", e);
            }
        });
    }

    /** Waits (looking on the FX thread) until the condition holds; fails naming {@code what} after the timeout. */
    public static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        await(what, timeout, () -> get(condition::getAsBoolean), () -> "");
    }

    /** Waits up to {@code seconds} until the condition, evaluated on the FX thread, holds; then {@link #settle}s. */
    public static void waitUntil(int seconds, String what, BooleanSupplier condition) {
        waitUntil(seconds, what, condition, () -> "");
    }

    /** As {@link #waitUntil(int, String, BooleanSupplier)}, describing the state seen (read on the FX thread) when it times out. */
    public static void waitUntil(int seconds, String what, BooleanSupplier condition, Supplier<String> state) {
        await(what, Duration.ofSeconds(seconds), () -> get(condition::getAsBoolean), () -> get(state));
        settle();
    }

    /** Waits until a condition read on the calling thread holds: store and provider calls, which never run on the FX thread. */
    public static void waitOffFx(String what, Duration timeout, BooleanSupplier condition) {
        await(what, timeout, condition, () -> "");
    }

    /** As {@link #waitOffFx}, in seconds, then {@link #settle}s: the FX side may now show what the store holds. */
    public static void waitFor(int seconds, String what, BooleanSupplier condition) {
        await(what, Duration.ofSeconds(seconds), condition, () -> "");
        settle();
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition, Supplier<String> state) {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() - end >= 0) {
                String seen = state.get();
                throw new AssertionError("timed out after " + timeout.toMillis() / 1000.0 + " s waiting for: " + what
                        + (seen.isEmpty() ? "" : " " + seen));
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what, e);
            }
        }
    }

    /** Lets pending runLater work and a layout pass happen. */
    public static void settle() {
        for (int i = 0; i < SETTLE_ROUND_TRIPS; i++) {
            run(() -> { });
        }
    }

    /**
     * Settles, then waits (up to 10 s) until every picture matched by {@code selector} (an {@link ImageView}) has loaded
     * or failed: pictures load in the background.
     */
    public static void settlePictures(Scene scene, String selector) {
        settle();
        waitUntil("the pictures to load", Duration.ofSeconds(10), () -> scene.getRoot().lookupAll(selector).stream()
                .map(n -> ((ImageView) n).getImage())
                .allMatch(i -> i == null || i.isError() || i.getProgress() >= 1));
        settle();
    }

    /** Whether the node and every parent up to the root are visible (call on the FX thread). */
    public static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node != null;
    }

    /**
     * A real tap by the robot: the pointer goes to the middle of the node's part on screen in one move (not TestFX's
     * two hundred steps, each one a hover pass), the primary button goes down and up there, and the FX thread
     * settles. The platform's events hit whatever is at that point, as a finger would: a covered, disabled or
     * moved node gets no tap.
     */
    public static void tap(Node node) {
        run(() -> {
            Point2D at = middleOnScreen(node);
            // the platform's robot, as TestFX's glass robot drives it, without TestFX's exception hand-over: an
            // earlier test's stray FX-thread exception must not fail this tap
            Robot finger = robot();
            finger.mouseMove(at);
            finger.mousePress(MouseButton.PRIMARY);
            finger.mouseRelease(MouseButton.PRIMARY);
        });
        settle();
    }

    private static Point2D middleOnScreen(Node node) {
        Scene scene = node.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            throw new AssertionError(node + " is not on a screen shown: nothing to tap");
        }
        // where it is drawn now: a node just added or re-styled is placed by the next pulse, which a finger waits for
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        Bounds inScene = node.localToScene(node.getBoundsInLocal());
        double minX = Math.max(0, inScene.getMinX());
        double minY = Math.max(0, inScene.getMinY());
        double maxX = Math.min(scene.getWidth(), inScene.getMaxX());
        double maxY = Math.min(scene.getHeight(), inScene.getMaxY());
        if (maxX <= minX || maxY <= minY) {
            throw new AssertionError(node + " lies outside its window " + inScene + ": nothing to tap");
        }
        Bounds visible = new BoundingBox(minX, minY, maxX - minX, maxY - minY);
        Window window = scene.getWindow();
        return new Point2D(window.getX() + scene.getX() + visible.getCenterX(),
                window.getY() + scene.getY() + visible.getCenterY());
    }

    /** Made on the FX thread, once. */
    private static Robot robot() {
        if (robot == null) {
            robot = new Robot();
        }
        return robot;
    }

    /** The scene as it is, laid out, to {@code file} as PNG. */
    public static void snapshot(Scene scene, Path file) {
        Image image = get(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return scene.snapshot(null);
        });
        Png.write(image, file);
    }

    /** Renders the node as it is on screen to the screenshots folder (brewline.screenshots, else target/screenshots) as NAME.png. */
    public static Path screenshot(Node node, String name) {
        settle();
        Image image = get(() -> node.snapshot(null, null));
        Path file = Path.of(System.getProperty("brewline.screenshots", "target/screenshots")).resolve(name + ".png");
        Png.write(image, file);
        return file;
    }
}
