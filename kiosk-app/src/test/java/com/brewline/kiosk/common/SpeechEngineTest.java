package com.brewline.kiosk.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11: spoken guidance on the systems kiosks run, with the volume and speed the customer chose. */
class SpeechEngineTest {
    @TempDir
    Path bin;

    private Path program(String name) throws Exception {
        Path p = Files.writeString(bin.resolve(name), "#!/bin/sh\n");
        p.toFile().setExecutable(true);
        return p;
    }

    @Test
    void windowsUsesItsSpeechEngineWithTheTextOnStandardInput() throws Exception {
        Path powershell = program("powershell.exe");
        SpeechEngine engine = SystemSpeech.find("Windows 11", Map.of("Path", bin.toString())).orElseThrow();
        assertEquals(SpeechEngine.Kind.WINDOWS, engine.kind());
        assertEquals(powershell, engine.program());
        String text = "주문이 끝났습니다'; Remove-Item C:\\ -Recurse; '";
        List<String> command = engine.command(text, Locale.KOREAN, new Voice(60, -1));
        assertTrue(command.stream().noneMatch(a -> a.contains("Remove-Item")), "the text is never part of the command");
        assertEquals(text, engine.stdin(text));
        String script = command.get(command.size() - 1);
        assertTrue(script.contains("System.Speech") && script.contains("$s.Volume=60;") && script.contains("$s.Rate=-3;"),
                script);
        assertTrue(script.contains("-like 'ko*'"), "a Korean voice for Korean: " + script);
        assertTrue(engine.command("Ready", Locale.ENGLISH, Voice.NORMAL).get(command.size() - 1).contains("-like 'en*'"));
    }

    @Test
    void windowsFindsPowerShellInItsStandardPlaceWithoutPath() throws Exception {
        Path root = Files.createDirectories(bin.resolve("Windows/System32/WindowsPowerShell/v1.0"));
        Files.writeString(root.resolve("powershell.exe"), "");
        SpeechEngine engine = SystemSpeech.find("Windows 10", Map.of("SystemRoot", bin.resolve("Windows").toString()))
                .orElseThrow();
        assertEquals(root.resolve("powershell.exe"), engine.program());
    }

    @Test
    void linuxPrefersEspeakNgThenSpdSayWithVolumeAndSpeed() throws Exception {
        program("spd-say");
        SpeechEngine spd = SystemSpeech.find("Linux", Map.of("PATH", bin.toString())).orElseThrow();
        assertEquals(SpeechEngine.Kind.SPD_SAY, spd.kind());
        assertEquals(List.of(spd.program().toString(), "-l", "ko", "-i", "100", "-r", "-50", "--", "안녕하세요"),
                spd.command("안녕하세요", Locale.KOREAN, new Voice(100, -2)));
        program("espeak-ng");
        SpeechEngine espeak = SystemSpeech.find("Linux", Map.of("PATH", bin.toString())).orElseThrow();
        assertEquals(SpeechEngine.Kind.ESPEAK_NG, espeak.kind());
        assertEquals(List.of(espeak.program().toString(), "-v", "en", "-a", "100", "-s", "205", "--", "Hello"),
                espeak.command("Hello", Locale.ENGLISH, new Voice(80, 1)));
        assertNull(espeak.stdin("Hello"), "the text is an argument, no shell in between");
        assertFalse(SystemSpeech.find("Linux", Map.of("PATH", bin.resolve("nothing").toString())).isPresent());
    }

    @Test
    void theCustomersButtonsCycleThroughSensibleSteps() {
        Voice v = Voice.NORMAL;
        assertEquals(100, v.nextVolume().volumePercent());
        assertEquals(40, v.nextVolume().nextVolume().volumePercent());
        assertEquals(List.of(-1, -2, 1, 0), List.of(v.nextSpeed().speedStep(), v.nextSpeed().nextSpeed().speedStep(),
                v.nextSpeed().nextSpeed().nextSpeed().speedStep(),
                v.nextSpeed().nextSpeed().nextSpeed().nextSpeed().speedStep()));
    }
}
