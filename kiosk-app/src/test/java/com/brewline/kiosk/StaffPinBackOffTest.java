package com.brewline.kiosk;

import com.brewline.config.PinHash;
import com.brewline.kiosk.common.Background;
import com.brewline.kiosk.staff.StaffExitViewModel;
import com.brewline.testkit.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 9: the pad takes every PIN hash-pin makes (up to 12 digits), and wrong PINs slow down. */
class StaffPinBackOffTest {
    private static void type(StaffExitViewModel staff, String pin) {
        pin.chars().forEach(c -> staff.digit(c - '0'));
    }

    private static StaffExitViewModel openPad(TestClock clock, String pin, AtomicInteger exits) {
        StaffExitViewModel staff = new StaffExitViewModel(clock, PinHash.hash(pin),
                new Background(Runnable::run, Runnable::run), exits::incrementAndGet);
        for (int i = 0; i < StaffExitViewModel.TAPS; i++) {
            staff.cornerTapped();
        }
        return staff;
    }

    @Test
    void aTwelveDigitPinCanBeTyped() {
        TestClock clock = new TestClock(java.time.Instant.now());
        AtomicInteger exits = new AtomicInteger();
        StaffExitViewModel staff = openPad(clock, "123456789012", exits);
        type(staff, "123456789012");
        staff.submit();
        assertEquals(1, exits.get());
    }

    @Test
    void afterThreeWrongPinsEvenTheRightOneWaits() {
        TestClock clock = new TestClock(java.time.Instant.now());
        AtomicInteger exits = new AtomicInteger();
        StaffExitViewModel staff = openPad(clock, "2580", exits);
        for (int i = 0; i < 3; i++) {
            type(staff, "0000");
            staff.submit();
        }
        assertTrue(staff.lockedOutProperty().get());
        type(staff, "2580");
        staff.submit();
        assertEquals(0, exits.get(), "locked: not even checked");
        clock.advance(Duration.ofSeconds(31));
        type(staff, "2580");
        staff.submit();
        assertEquals(1, exits.get());
        assertFalse(staff.lockedOutProperty().get());
    }

    @Test
    void withoutAPinSetNothingLetsStaffOutAndTheDemoPinIsOnlyTheOneChosen() {
        TestClock clock = new TestClock(java.time.Instant.now());
        AtomicInteger exits = new AtomicInteger();
        StaffExitViewModel unset = new StaffExitViewModel(clock, null, new Background(Runnable::run, Runnable::run),
                exits::incrementAndGet);
        assertTrue(unset.noPinSet());
        assertFalse(unset.demoPin());
        for (String pin : new String[]{"1234", "0000"}) {
            type(unset, pin);
            unset.submit();
        }
        assertEquals(0, exits.get(), "no default PIN");

        StaffExitViewModel demo = new StaffExitViewModel(clock, com.brewline.config.StaffPin.demoHash(),
                new Background(Runnable::run, Runnable::run), exits::incrementAndGet);
        assertTrue(demo.demoPin(), "the pad says demo PIN 1234");
        type(demo, "1234");
        demo.submit();
        assertEquals(1, exits.get());
        assertFalse(openPad(clock, "1234", exits).demoPin(), "an owner's own 1234 is not shown on the pad");
    }
}
