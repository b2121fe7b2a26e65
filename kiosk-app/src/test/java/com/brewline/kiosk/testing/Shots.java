package com.brewline.kiosk.testing;

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
            kiosk.show(variant);
            Fx.settle();
            Fx.snapshot(kiosk.scene(), Path.of("target/screenshots/" + name + "-" + variant.suffix() + ".png"));
        }
        kiosk.show(VARIANTS.get(0));
    }
}
