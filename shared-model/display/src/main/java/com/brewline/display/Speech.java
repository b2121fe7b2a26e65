package com.brewline.display;

import java.util.Locale;

/**
 * Speaks a text aloud in Korean or English through the system's own speech engine (espeak-ng or
 * speech-dispatcher on Linux, System.Speech on Windows). Never blocks the caller; a machine without
 * an engine stays quiet and says so once in the log.
 */
public interface Speech extends AutoCloseable {
    /** Queues the text; returns at once. */
    void say(String text, Locale language);

    /** Speaks now and returns when done (or at the time-out): for a call queue's own thread. */
    void sayAndWait(String text, Locale language);

    /** Which engine speaks ("espeak-ng", "spd-say", "windows", "none"). */
    String engine();

    @Override
    void close();

    /** The engine of this machine, or silence when {@code enabled} is false or there is none. */
    static Speech forThisSystem(boolean enabled) {
        if (!enabled) {
            return ProcessSpeech.silent();
        }
        return SpeechEngine.detect().map(ProcessSpeech::new).orElseGet(ProcessSpeech::silent);
    }
}
