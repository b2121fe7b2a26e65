package com.brewline.kiosk;

import com.brewline.display.DemoMark;
import com.brewline.testkit.fx.Fx;
import com.brewline.kiosk.testing.KioskFixture;
import com.brewline.kiosk.testing.ScreenTour;
import com.brewline.sandbox.SandboxKnobs;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** Issue 9: on the sandbox every screen carries the permanent demo mark, in both languages, over everything. */
class DemoMarkIT {
    private static KioskFixture kiosk;

    @BeforeAll
    static void start() throws Exception {
        kiosk = new KioskFixture(SandboxKnobs.manual());
    }

    @AfterAll
    static void close() {
        kiosk.close();
    }

    @Test
    void theMarkIsOnEveryVariantOfTheKioskAndTakesNoTouch() {
        Fx.run(() -> DemoMark.addTo(kiosk.ui.root()));
        Fx.run(() -> DemoMark.addTo(kiosk.ui.root())); // twice: still one mark
        for (ScreenTour.Variant variant : ScreenTour.ALL) {
            Scene scene = kiosk.show(variant);
            Fx.run(() -> kiosk.ui.frame().go(com.brewline.kiosk.frame.Screen.MENU));
            Fx.settle();
            Node mark = Fx.get(() -> scene.getRoot().lookup("#" + DemoMark.ID));
            assertNotNull(mark, variant.suffix());
            assertEquals(1, Fx.get(() -> scene.getRoot().lookupAll("#" + DemoMark.ID).size()));
            assertTrue(Fx.get(mark::isVisible));
            assertTrue(Fx.get(mark::isMouseTransparent), "a touch goes to the screen below");
            Bounds inScene = Fx.get(() -> mark.localToScene(mark.getBoundsInLocal()));
            assertTrue(inScene.getWidth() > 100 && inScene.getMinX() >= 0 && inScene.getMaxX() <= scene.getWidth(),
                    variant.suffix() + ": " + inScene);
            assertEquals(mark, Fx.get(() -> kiosk.ui.root().getChildrenUnmodifiable()
                    .get(kiosk.ui.root().getChildrenUnmodifiable().size() - 1)), "drawn over everything");
            Fx.snapshot(scene, Path.of("target/screenshots/demo-mark-menu-" + variant.suffix() + ".png"));
        }
        assertEquals(java.util.Set.of(DemoMark.KOREAN, DemoMark.ENGLISH), Fx.get(() -> kiosk.ui.root()
                .lookupAll(".label").stream().filter(n -> n instanceof Label l && l.getParent() != null
                        && DemoMark.ID.equals(l.getParent().getId()))
                .map(n -> ((Label) n).getText()).collect(java.util.stream.Collectors.toSet())));
    }
}
