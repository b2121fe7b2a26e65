package com.brewline.kiosk;

import com.brewline.config.StaffPin;
import com.brewline.testkit.fx.Fx;
import com.brewline.kiosk.testing.KioskFixture;
import com.brewline.kiosk.testing.ScreenTour;
import com.brewline.payment.client.BreakerSettings;
import com.brewline.sandbox.SandboxKnobs;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff PIN pad without a default PIN (ADR 0013): a kiosk with no PIN set says on the pad how to set one and
 * lets nobody out; one started with --demo-pin says "데모 PIN 1234" on the pad. Rendered to target/screenshots.
 */
class StaffPinPadIT {
    private static final Path SHOTS = Path.of(System.getProperty("brewline.screenshots", "target/screenshots"));

    private static KioskFixture kiosk(String pinHash) throws Exception {
        return new KioskFixture(SandboxKnobs.manual(), BreakerSettings.defaults(), s -> s,
                c -> c.withKiosk(c.kiosk().withStaffPinHash(pinHash)));
    }

    private static String text(KioskFixture kiosk, String id) {
        return Fx.get(() -> ((Label) kiosk.scene().getRoot().lookup(id)).getText());
    }

    private static void openPad(KioskFixture kiosk) {
        Fx.run(() -> {
            for (int i = 0; i < 5; i++) {
                kiosk.ui.staff().cornerTapped();
            }
        });
        Fx.waitUntil("the PIN pad", Duration.ofSeconds(5), () -> kiosk.ui.staff().padShownProperty().get());
    }

    @Test
    void withoutAPinThePadSaysHowToSetOneAndLetsNobodyOut() throws Exception {
        try (KioskFixture kiosk = kiosk(null)) {
            for (ScreenTour.Variant variant : new ScreenTour.Variant[]{ScreenTour.ALL.get(0), ScreenTour.ALL.get(1)}) {
                kiosk.show(variant);
                openPad(kiosk);
                assertThat(text(kiosk, "#pinWrong")).contains("brewline pin set");
                Fx.run(() -> {
                    "1234".chars().forEach(c -> kiosk.ui.staff().digit(c - '0'));
                    kiosk.ui.staff().submit();
                });
                Fx.settle();
                assertThat(kiosk.staffExits.get()).as("no default PIN").isZero();
                Fx.snapshot(kiosk.scene(), SHOTS.resolve("staff-pin-no-pin-" + variant.suffix() + ".png"));
                Fx.run(() -> kiosk.ui.staff().dismiss());
            }
        }
    }

    @Test
    void theDemoPinIsShownOnThePadWhenChosen() throws Exception {
        try (KioskFixture kiosk = kiosk(StaffPin.demoHash())) {
            for (ScreenTour.Variant variant : new ScreenTour.Variant[]{ScreenTour.ALL.get(0), ScreenTour.ALL.get(3)}) {
                kiosk.show(variant);
                openPad(kiosk);
                assertThat(text(kiosk, "#staffTitle")).contains(variant.language().getLanguage().equals("ko")
                        ? "데모 PIN 1234" : "demo PIN 1234");
                Fx.snapshot(kiosk.scene(), SHOTS.resolve("staff-pin-demo-" + variant.suffix() + ".png"));
                Fx.run(() -> kiosk.ui.staff().dismiss());
            }
            openPad(kiosk);
            Fx.run(() -> {
                "1234".chars().forEach(c -> kiosk.ui.staff().digit(c - '0'));
                kiosk.ui.staff().submit();
            });
            Fx.waitUntil("staff exit", Duration.ofSeconds(5), () -> kiosk.staffExits.get() == 1);
        }
    }
}
