package com.brewline.kiosk.common;

import java.util.Locale;

/** Spoken guidance for customers who cannot read the screen. */
public interface Speech {
    void say(String text, Locale language);

    /** Stops whatever is being said (a new screen or touch interrupts the old sentence). */
    default void stop() {
    }

    /** How loud and how fast the customer wants it; applies from the next sentence. */
    default void setVoice(Voice voice) {
    }

    /** The platform's voice when one is installed, else a voice that only logs. */
    static Speech system() {
        return SystemSpeech.detect();
    }
}
