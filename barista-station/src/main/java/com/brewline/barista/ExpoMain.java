package com.brewline.barista;

import com.brewline.barista.app.KitchenScreens;
import com.brewline.display.DisplayApplication;
import com.brewline.display.launch.ScreenLaunch;
import com.brewline.screens.DisplayContext;
import com.brewline.screens.DisplayContexts;

/**
 * Starts the expo screen (issue 12): every open order whole, with each station's part. The same options as
 * {@link BaristaMain}; {@code --station} names this screen (it works at no station).
 */
public final class ExpoMain {
    private ExpoMain() {
    }

    public static void main(String[] argv) {
        DisplayContexts.Started started = DisplayContexts.startOrExit("brewline-expo", argv, "expo", "expo");
        com.brewline.display.DemoMark.enableForThisProcess(started.config().isDemo()); // on the sandbox: every screen says so
        DisplayContext context = started.context();
        int screen = started.args().screen();
        ScreenLaunch.launchOrExit("expo", () -> DisplayApplication.launch(stage -> {
            KitchenScreens.Built expo = KitchenScreens.expo(context, started.config().kitchen());
            DisplayApplication.show(stage, "Brewline expo", expo.root(), screen);
            return () -> {
                expo.close();
                context.close();
            };
        }));
    }
}
