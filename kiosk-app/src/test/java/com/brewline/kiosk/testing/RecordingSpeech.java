package com.brewline.kiosk.testing;

import com.brewline.display.Speech;
import com.brewline.display.Voice;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what the kiosk would say (the speech the kiosk is given in tests; the engines are tested in display). */
public final class RecordingSpeech implements Speech {
    private final List<String> said = new CopyOnWriteArrayList<>();
    private volatile Voice voice = Voice.NORMAL;

    @Override
    public void setVoice(Voice voice) {
        this.voice = voice;
    }

    @Override
    public Voice voice() {
        return voice;
    }

    @Override
    public void say(String text, Locale language) {
        said.add(text);
    }

    @Override
    public void sayAndWait(String text, Locale language) {
        said.add(text);
    }

    @Override
    public String engine() {
        return "recording";
    }

    @Override
    public void close() {
    }

    public List<String> said() {
        return said;
    }

    public void clear() {
        said.clear();
    }
}
