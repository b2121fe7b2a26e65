package com.brewline.kiosk.testing;

import com.brewline.kiosk.common.Speech;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what the kiosk would say (the injected recorder of the speech service). */
public final class RecordingSpeech implements Speech {
    private final List<String> said = new CopyOnWriteArrayList<>();

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
