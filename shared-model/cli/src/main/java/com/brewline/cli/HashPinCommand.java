package com.brewline.cli;

import com.brewline.config.PinHash;
import com.brewline.config.StaffPin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** Makes the salted hash of a staff PIN for the configuration's kiosk.staffPinHash. */
@Command(name = "hash-pin", mixinStandardHelpOptions = true,
        description = "Prints the salted PBKDF2 hash of a staff PIN, for provisioning tools that write brewline.json "
                + "themselves. To set the PIN, use 'brewline pin set' (it writes the hash where every screen reads it).")
final class HashPinCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PIN", description = "4 to 12 digits.")
    String pin;

    @Override
    public Integer call() {
        if (!StaffPin.isValid(pin)) {
            throw new ParameterException(spec.commandLine(), "the PIN must be " + StaffPin.RULE
                    + " (0-9 only, as on the kiosk's number pad)");
        }
        spec.commandLine().getOut().println(PinHash.hash(pin));
        return 0;
    }
}
