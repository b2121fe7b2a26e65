package com.brewline.office.pin;

import com.brewline.config.ConfigLoader;
import com.brewline.config.StaffPin;
import com.brewline.model.AttemptThrottle;
import com.brewline.office.support.Work;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

/**
 * The staff PIN changed on screen: the old PIN, the new one twice. The rule is the domain's
 * ({@link StaffPin}); wrong old PINs slow down like every PIN pad's ({@link AttemptThrottle}); the
 * configuration is read fresh and written on the office's worker thread.
 */
public final class PinChangeViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(PinChangeViewModel.class);

    private final Path configFile;
    private final ConfigLoader loader;
    private final java.util.function.Supplier<String> currentHash;
    private final Work work;
    private final Clock clock;
    private final Function<String, String> text;
    private final AttemptThrottle throttle = AttemptThrottle.standard();

    private final StringProperty oldPin = new SimpleStringProperty("");
    private final StringProperty newPin = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper succeeded = new javafx.beans.property.ReadOnlyBooleanWrapper();

    /** @param currentHash the PIN in force now (the file's, else the demo's): what the old PIN is checked against */
    public PinChangeViewModel(Path configFile, ConfigLoader loader, java.util.function.Supplier<String> currentHash,
                              Work work, Clock clock, Function<String, String> text) {
        this.configFile = configFile;
        this.loader = loader;
        this.currentHash = currentHash;
        this.work = work;
        this.clock = clock;
        this.text = text;
    }

    public StringProperty oldPinProperty() {
        return oldPin;
    }

    public StringProperty newPinProperty() {
        return newPin;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty succeededProperty() {
        return succeeded.getReadOnlyProperty();
    }

    public Path configFile() {
        return configFile;
    }

    public void submit() {
        succeeded.set(false);
        Duration wait = throttle.waitLeft(clock.instant());
        if (!wait.isZero()) {
            message.set(String.format(text.apply("pin.wait"), Math.max(1, wait.toSeconds())));
            return;
        }
        String old = oldPin.get();
        String fresh = newPin.get();
        String again = repeat.get();
        work.run(() -> {
            StaffPin.Problem problem = StaffPin.check(old, currentHash.get(), fresh, again);
            if (problem == null) {
                StaffPin.write(configFile, fresh, loader);
            }
            return problem;
        }, problem -> {
            oldPin.set("");
            if (problem == StaffPin.Problem.OLD_PIN_WRONG) {
                throttle.failed(clock.instant());
                LOG.warn("staff PIN change: wrong current PIN ({} in a row)", throttle.failuresInARow());
            } else {
                throttle.succeeded();
            }
            if (problem == null) {
                newPin.set("");
                repeat.set("");
                LOG.info("staff PIN changed in {}", configFile);
                succeeded.set(true);
                message.set(text.apply("pin.changed"));
            } else {
                message.set(text.apply("pin.problem." + problem.name()));
            }
        }, e -> message.set(text.apply("pin.failed") + " " + e.getMessage()));
    }
}
