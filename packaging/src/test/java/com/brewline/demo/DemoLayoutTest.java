package com.brewline.demo;

import com.brewline.config.WindowArea;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The demo's three windows on one screen: a real portrait kiosk the screen's height, the station and board beside. */
class DemoLayoutTest {
    @Test
    void onAFullHdScreenTheKioskIsA9By16WindowTheWholeHeightAndTheOthersFillTheRest() {
        WindowArea kiosk = StoreProcesses.KIOSK.window();
        // 576 px wide before: a kiosk narrower than a kiosk's shape, with a gap beside it and below
        assertThat(kiosk.width() * 1920).isBetween(600.0, 608.0);
        assertThat(kiosk.height() * 1080).isEqualTo(1080);
        assertThat(kiosk.width() * 1920 / (kiosk.height() * 1080)).isCloseTo(1080.0 / 1920, within(0.005));
        assertBesideEachOther(DemoLayout.FULL_HD);
        WindowArea station = StoreProcesses.BARISTA.window();
        assertThat(station.width() * 1920).isGreaterThan(1300); // four 330 px tickets side by side
        assertThat(station.height() * 1080).isGreaterThan(660);
    }

    @Test
    void theKioskFollowsTheScreensShape() {
        for (double[] screen : new double[][]{{1920, 1080}, {1920, 1200}, {2560, 1440}, {1366, 768}, {1920, 1040}}) {
            DemoLayout layout = DemoLayout.forScreen(screen[0], screen[1]);
            double w = layout.kiosk().width() * screen[0];
            double h = layout.kiosk().height() * screen[1];
            assertThat(h).isEqualTo(screen[1]);
            assertThat(w).as("%sx%s", screen[0], screen[1]).isBetween(h * 9 / 16 - 2.6, h * 9 / 16);
            assertBesideEachOther(layout);
        }
        // a screen taller than wide: the kiosk never takes more than half, the others keep theirs
        DemoLayout portrait = DemoLayout.forScreen(1080, 1920);
        assertThat(portrait.kiosk().width()).isEqualTo(0.5);
        assertBesideEachOther(portrait);
        assertThatThrownBy(() -> DemoLayout.forScreen(0, 1080)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDemoStartsTheThreeScreensPlacedAndTheKioskLast() {
        DemoLayout layout = DemoLayout.forScreen(2560, 1440);
        List<StoreProcesses.Screen> screens = StoreProcesses.placed(layout);
        assertThat(screens).extracting(StoreProcesses.Screen::name)
                .containsExactly("barista station", "pickup board", "kiosk");
        assertThat(screens).extracting(StoreProcesses.Screen::window)
                .containsExactly(layout.station(), layout.board(), layout.kiosk());
        assertThat(screens.get(2).extraArgs()).containsExactly("--windowed");
    }

    /** The kiosk at the left edge; the station at its right, above the board; nothing over another, nothing off. */
    private static void assertBesideEachOther(DemoLayout l) {
        assertThat(l.kiosk().x()).isZero();
        assertThat(l.kiosk().y()).isZero();
        assertThat(l.station().x()).isEqualTo(l.kiosk().width());
        assertThat(l.board().x()).isEqualTo(l.kiosk().width());
        assertThat(l.station().x() + l.station().width()).isCloseTo(1, within(1e-9));
        assertThat(l.board().x() + l.board().width()).isCloseTo(1, within(1e-9));
        assertThat(l.station().y()).isZero();
        assertThat(l.board().y()).isEqualTo(l.station().height());
        assertThat(l.board().y() + l.board().height()).isCloseTo(1, within(1e-9));
    }
}
