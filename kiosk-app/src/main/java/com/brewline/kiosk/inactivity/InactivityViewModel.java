package com.brewline.kiosk.inactivity;

import com.brewline.kiosk.common.KioskSettings;
import com.brewline.kiosk.frame.FrameViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * "Are you still there?": after the idle time without a touch a warning counts down (at least
 * 20 s) and then the session ends. Driven by {@link #tick()} from the shell's timer, against a clock.
 */
public final class InactivityViewModel {
    private final Clock clock;
    private final FrameViewModel shell;
    private final BooleanProperty warning = new SimpleBooleanProperty();
    private final IntegerProperty secondsLeft = new SimpleIntegerProperty();
    private Instant lastTouch;

    public InactivityViewModel(Clock clock, FrameViewModel shell) {
        this.clock = clock;
        this.shell = shell;
        this.lastTouch = clock.instant();
        shell.screenProperty().addListener((obs, old, now) -> touch());
    }

    public ReadOnlyBooleanProperty warningProperty() {
        return warning;
    }

    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft;
    }

    /** Any touch anywhere keeps the session (and dismisses the warning). */
    public void touch() {
        lastTouch = clock.instant();
        warning.set(false);
    }

    public Duration idleBeforeWarning() {
        KioskSettings s = shell.settings();
        return shell.accessible() ? s.accessibleIdleBeforeWarning() : s.idleBeforeWarning();
    }

    public void tick() {
        if (!shell.screen().watchesInactivity()) {
            lastTouch = clock.instant();
            warning.set(false);
            return;
        }
        Duration idle = Duration.between(lastTouch, clock.instant());
        Duration warnAt = idleBeforeWarning();
        Duration endAt = warnAt.plus(shell.settings().warningFor());
        if (idle.compareTo(endAt) >= 0) {
            warning.set(false);
            lastTouch = clock.instant();
            shell.endSession();
        } else if (idle.compareTo(warnAt) >= 0) {
            long left = endAt.minus(idle).toMillis();
            secondsLeft.set((int) ((left + 999) / 1000));
            warning.set(true);
        } else {
            warning.set(false);
        }
    }
}
