package com.brewline.display;

import java.util.Locale;

/**
 * Speaks a text aloud in Korean or English through the system's own speech engine (espeak-ng or
 * speech-dispatcher on Linux, System.Speech on Windows). Never blocks the caller; a machine without
 * an engine stays quiet and says so once in the log (the screens show every text they speak).
 */
public interface Speech extends AutoCloseable {
    /** Queues the text after what is already waiting; returns at once (the board's calls). */
    void say(String text, Locale language);

    /**
     * Cuts off what is being said and drops what waits, then says the text; returns at once. Guidance
     * that follows a customer's touches: the newest touch is the one that matters.
     */
    default void sayInstead(String text, Locale language) {
        say(text, language);
    }

    /** Stops what is being said and drops what waits. */
    default void stop() {
    }

    /** Speaks now and returns when done (or at the time-out): for a call queue's own thread. */
    void sayAndWait(String text, Locale language);

    /** How loud and how fast from the next sentence on. */
    default void setVoice(Voice voice) {
    }

    default Voice voice() {
        return Voice.NORMAL;
    }

    /** Which engine speaks ("espeak-ng", "spd-say", "windows", "none"). */
    String engine();

    @Override
    void close();

    /** The engine of this machine, or silence when {@code enabled} is false or there is none. */
    static Speech forThisSystem(boolean enabled) {
        if (!enabled) {
            return ProcessSpeech.silent();
        }
        return SpeechEngine.detect().map(ProcessSpeech::new).orElseGet(ProcessSpeech::none);
    }
}
