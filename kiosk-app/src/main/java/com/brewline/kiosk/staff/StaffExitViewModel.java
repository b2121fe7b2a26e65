package com.brewline.kiosk.staff;

import com.brewline.kiosk.common.Background;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import com.brewline.config.StaffPin;
import com.brewline.model.AttemptThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The only way out of kiosk mode: five taps in the hidden corner within three seconds open a PIN
 * pad; the PIN is checked (off the FX thread) against the stored hash.
 */
public final class StaffExitViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(StaffExitViewModel.class);
    public static final int TAPS = 5;
    public static final Duration TAP_WINDOW = Duration.ofSeconds(3);
    /** The one staff PIN rule (also {@code brewline hash-pin}'s and the configuration's). */
    public static final int MAX_PIN_LENGTH = StaffPin.MAX_DIGITS;

    private final Clock clock;
    private final String pinHash;
    private final Background background;
    private final Runnable onExit;
    private final Deque<Instant> taps = new ArrayDeque<>();
    private final BooleanProperty padShown = new SimpleBooleanProperty();
    private final StringProperty pin = new SimpleStringProperty("");
    private final BooleanProperty wrong = new SimpleBooleanProperty();
    private final BooleanProperty checking = new SimpleBooleanProperty();
    /** Wrong PINs slow down after a few (the PIN itself is never logged). */
    private final AttemptThrottle throttle = AttemptThrottle.standard();
    private final BooleanProperty lockedOut = new SimpleBooleanProperty();

    public StaffExitViewModel(Clock clock, String pinHash, Background background, Runnable onExit) {
        this.clock = clock;
        this.pinHash = pinHash;
        this.background = background;
        this.onExit = onExit;
    }

    public void cornerTapped() {
        Instant now = clock.instant();
        taps.addLast(now);
        while (!taps.isEmpty() && Duration.between(taps.peekFirst(), now).compareTo(TAP_WINDOW) > 0) {
            taps.removeFirst();
        }
        if (taps.size() >= TAPS) {
            taps.clear();
            pin.set("");
            wrong.set(false);
            padShown.set(true);
        }
    }

    public ReadOnlyBooleanProperty padShownProperty() {
        return padShown;
    }

    public ReadOnlyBooleanProperty wrongProperty() {
        return wrong;
    }

    /** True while wrong PINs have locked the pad for a while; the view may say "try again later". */
    public ReadOnlyBooleanProperty lockedOutProperty() {
        return lockedOut;
    }

    /** No staff PIN is set (and no demo PIN chosen): the pad refuses and says how to set one. */
    public boolean noPinSet() {
        return pinHash == null;
    }

    /** The demo PIN ({@code --demo-pin}) is in use: the pad shows it. */
    public boolean demoPin() {
        return StaffPin.isDemo(pinHash);
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking;
    }

    /** The PIN as dots, never the digits. */
    public StringBinding maskedPin() {
        return Bindings.createStringBinding(() -> "●".repeat(pin.get().length()), pin);
    }

    public ReadOnlyStringProperty pinProperty() {
        return pin;
    }

    public void digit(int d) {
        if (d < 0 || d > 9 || pin.get().length() >= MAX_PIN_LENGTH) {
            return;
        }
        wrong.set(false);
        pin.set(pin.get() + d);
    }

    public void backspace() {
        String p = pin.get();
        if (!p.isEmpty()) {
            pin.set(p.substring(0, p.length() - 1));
        }
    }

    public void dismiss() {
        pin.set("");
        wrong.set(false);
        padShown.set(false);
    }

    public void submit() {
        String entered = pin.get();
        if (entered.isEmpty() || checking.get()) {
            return;
        }
        if (noPinSet()) {
            LOG.warn("staff exit refused: no staff PIN is set (set one with '{}')",
                    StaffPin.HOW_TO_SET);
            pin.set("");
            wrong.set(true);
            return;
        }
        Duration wait = throttle.waitLeft(clock.instant());
        if (!wait.isZero()) {
            LOG.warn("staff PIN refused without checking: {} wrong PINs in a row, locked for {} s more",
                    throttle.failuresInARow(), wait.toSeconds());
            pin.set("");
            wrong.set(true);
            lockedOut.set(true);
            return;
        }
        lockedOut.set(false);
        checking.set(true);
        background.run(() -> com.brewline.config.PinHash.matches(entered, pinHash), ok -> {
            checking.set(false);
            pin.set("");
            if (ok) {
                throttle.succeeded();
                LOG.info("staff PIN accepted: leaving kiosk mode");
                padShown.set(false);
                onExit.run();
            } else {
                throttle.failed(clock.instant());
                LOG.warn("wrong staff PIN entered ({} in a row{})", throttle.failuresInARow(),
                        throttle.allowed(clock.instant()) ? ""
                                : "; the pad is locked for " + throttle.waitLeft(clock.instant()).toSeconds() + " s");
                wrong.set(true);
                lockedOut.set(!throttle.allowed(clock.instant()));
            }
        }, error -> {
            checking.set(false);
            pin.set("");
            wrong.set(true);
            LOG.error("staff PIN check failed", error);
        });
    }
}
