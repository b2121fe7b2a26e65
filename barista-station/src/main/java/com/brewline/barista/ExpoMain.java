package com.brewline.barista;

import com.brewline.barista.app.DisplayContexts;
import com.brewline.barista.app.ExpoApp;

/**
 * Starts the expo screen (issue 12): every open order whole, with each station's part. The same arguments
 * as {@link BaristaMain}; {@code --station} names this screen (it works at no station).
 */
public final class ExpoMain {
    private ExpoMain() {
    }

    public static void main(String[] argv) {
        DisplayContexts.Started started = DisplayContexts.startOrExit(argv, "expo", "expo");
        ExpoApp.launch(started.context(), started.config().kitchen(), started.args().screen());
    }
}
