package com.brewline.pickup;

import com.brewline.barista.app.DisplayContext;
import com.brewline.barista.app.DisplayContexts;
import com.brewline.config.BrewlineConfig;
import com.brewline.config.ConfigException;
import com.brewline.pickup.app.PickupBoardApp;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Starts the pickup board: the same arguments as {@link com.brewline.barista.BaristaMain}; it only
 * reads the read model, so the provider arguments are accepted and unused. {@code --ready-shown-for
 * SECONDS} overrides how long a ready number stays up.
 */
public final class PickupBoardMain {
    private PickupBoardMain() {
    }

    public static void main(String[] argv) {
        DisplayContexts.Args args;
        BrewlineConfig config;
        try {
            args = DisplayContexts.parse(argv);
            config = DisplayContexts.configure(args, "pickup-board");
        } catch (IllegalArgumentException | ConfigException e) {
            System.err.println("pickup board: " + e.getMessage());
            System.exit(2);
            return;
        }
        DisplayContext context;
        try {
            context = DisplayContexts.open(args, config, Clock.systemDefaultZone());
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(PickupBoardMain.class).error("the pickup board could not start", e);
            System.err.println("The pickup board could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        PickupBoardApp.launch(context, args.screen());
    }
}
