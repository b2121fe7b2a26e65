package com.brewline.kiosk.testing;

import com.brewline.testkit.fx.Fx;
import com.brewline.kiosk.common.KioskSettings;

import java.nio.file.Path;
import java.util.List;

/** Pictures of one state of the kiosk in Korean and English, portrait and landscape, and easy mode. */
public final class Shots {
    public static final List<ScreenTour.Variant> VARIANTS = List.of(
            new ScreenTour.Variant(KioskSettings.KOREAN, false, false), new ScreenTour.Variant(KioskSettings.ENGLISH, false, false),
            new ScreenTour.Variant(KioskSettings.KOREAN, true, false), new ScreenTour.Variant(KioskSettings.ENGLISH, true, false),
            new ScreenTour.Variant(KioskSettings.KOREAN, false, true), new ScreenTour.Variant(KioskSettings.ENGLISH, true, true));

    private Shots() {
    }

    /** target/screenshots/NAME-VARIANT.png for each variant; the kiosk is left in Korean portrait, normal mode. */
    public static void take(KioskFixture kiosk, String name) {
        take(kiosk, name, VARIANTS);
    }

    public static void take(KioskFixture kiosk, String name, List<ScreenTour.Variant> variants) {
        for (ScreenTour.Variant variant : variants) {
            Path file = Path.of("target/screenshots/" + name + "-" + variant.suffix() + ".png");
            // the window of the previous variant may still resize the new scene (Monocle): again until it fits
            boolean taken = false;
            for (int tries = 0; tries < 5 && !taken; tries++) {
                if (tries > 0 || !fits(kiosk, variant)) {
                    kiosk.show(variant);
                }
                Fx.settle();
                Fx.snapshot(kiosk.scene(), file);
                taken = fits(kiosk, variant) && pictureSize(file)[0] == variant.width()
                        && pictureSize(file)[1] == variant.height();
            }
            if (!taken) {
                throw new AssertionError("the scene would not take the size of " + variant);
            }
        }
        kiosk.show(VARIANTS.get(0));
    }

    private static int[] pictureSize(Path png) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(png)) {
            byte[] head = in.readNBytes(24);
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(head, 16, 8);
            return new int[]{b.getInt(), b.getInt()};
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean fits(KioskFixture kiosk, ScreenTour.Variant variant) {
        return Fx.get(() -> kiosk.scene() != null && kiosk.scene().getWidth() == variant.width()
                && kiosk.scene().getHeight() == variant.height()
                && kiosk.ui.frame().accessible() == variant.accessible()
                && kiosk.ui.frame().i18n().locale().equals(variant.language()));
    }
}
