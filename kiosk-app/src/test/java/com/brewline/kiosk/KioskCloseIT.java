package com.brewline.kiosk;

import com.brewline.testkit.fx.Fx;
import com.brewline.kiosk.testing.KioskFixture;
import com.brewline.sandbox.SandboxKnobs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The staff exit: leaving full screen resizes the window while the kiosk closes; a screen rebuilt then
 * asked the shut-down worker for its data ("cannot load the attract screen … RejectedExecutionException",
 * twice per exit). After close no screen is built.
 */
class KioskCloseIT {
    @Test
    void aResizeAfterCloseBuildsNoScreenAndLogsNoError() throws Exception {
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        try (KioskFixture kiosk = new KioskFixture(SandboxKnobs.manual())) {
            Fx.run(() -> {
                Thread fx = Thread.currentThread();
                Thread.UncaughtExceptionHandler before = fx.getUncaughtExceptionHandler();
                fx.setUncaughtExceptionHandler((thread, error) -> uncaught.add(error));
                try {
                    kiosk.ui.close();
                    // what leaving full screen does: the window changes shape, the orientation flips
                    kiosk.stage.setWidth(kiosk.stage.getHeight() * 1.5);
                    kiosk.ui.frame().landscapeProperty().set(!kiosk.ui.frame().landscapeProperty().get());
                } finally {
                    fx.setUncaughtExceptionHandler(before);
                }
            });
            Fx.settle();
            assertEquals(List.of(), uncaught);
        }
    }
}
