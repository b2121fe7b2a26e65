package com.brewline.cli;

import com.brewline.store.BrewlineStore;
import picocli.CommandLine.Command;

import java.util.ArrayList;
import java.util.List;

/**
 * How the simulator's kiosks pay: a picocli mixin shared by {@code simulate} and its kiosk workers.
 * Today only the built-in simulated payment; a provider-backed payer adds its options here
 * (e.g. {@code --provider-url}, {@code --secret-key}), a branch in {@link #create}, and the same options
 * to {@link #forwardedArgs} so kiosk worker processes get them too.
 */
@Command // picocli mixins need an annotation even before they have options
public class PayerOptions {

    /** The payer for one kiosk, on that kiosk's own store. */
    KioskPayer create(BrewlineStore store, String kioskId) {
        return new SimulatedPayer(store, kioskId);
    }

    /** The options to hand to a kiosk worker process so it pays the same way. */
    List<String> forwardedArgs() {
        return new ArrayList<>();
    }
}
