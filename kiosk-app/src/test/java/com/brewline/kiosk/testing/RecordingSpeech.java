package com.brewline.kiosk.testing;

import com.brewline.kiosk.common.Speech;
import com.brewline.kiosk.common.Voice;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what the kiosk would say (the injected recorder of the speech service). */
public final class RecordingSpeech implements Speech {
    private final List<String> said = new CopyOnWriteArrayList<>();
    private volatile Voice voice = Voice.NORMAL;

    @Override
    public void setVoice(Voice voice) {
        this.voice = voice;
    }

    public Voice voice() {
        return voice;
    }

    @Override
    public void say(String text, Locale language) {
        said.add(text);
    }

    public List<String> said() {
        return said;
    }

    public void clear() {
        said.clear();
    }
}
