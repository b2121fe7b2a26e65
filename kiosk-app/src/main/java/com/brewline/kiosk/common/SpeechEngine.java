package com.brewline.kiosk.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One text-to-speech program and how to ask it for a sentence: espeak-ng or speech-dispatcher's
 * spd-say on Linux, the Windows speech engine (System.Speech through PowerShell) on Windows.
 * The text goes on the command line for the Linux programs (no shell in between) and on standard
 * input for PowerShell, so nothing in it is ever read as a command.
 */
public record SpeechEngine(Kind kind, Path program) {
    public enum Kind { ESPEAK_NG, SPD_SAY, WINDOWS }

    /** The command to start; {@link #stdin} is what to write to it. */
    public List<String> command(String text, Locale language, Voice voice) {
        boolean english = "en".equals(language.getLanguage());
        return switch (kind) {
            case ESPEAK_NG -> List.of(program.toString(), "-v", english ? "en" : "ko",
                    // amplitude 0-200 (100 normal); words per minute, 175 normal
                    "-a", Integer.toString(voice.volumePercent() * 2 * 100 / 160),
                    "-s", Integer.toString(175 + voice.speedStep() * 30), "--", text);
            case SPD_SAY -> List.of(program.toString(), "-l", english ? "en" : "ko",
                    // volume and rate -100..100, 0 normal
                    "-i", Integer.toString(voice.volumePercent() * 2 - 100),
                    "-r", Integer.toString(voice.speedStep() * 25), "--", text);
            case WINDOWS -> List.of(program.toString(), "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass",
                    "-Command", windowsScript(english ? "en" : "ko", voice));
        };
    }

    /** What to write to the program's standard input: the text for Windows, nothing otherwise. */
    public String stdin(String text) {
        return kind == Kind.WINDOWS ? text : null;
    }

    /**
     * System.Speech: volume 0-100, rate -10..10; the first installed voice of the language when
     * there is one (Windows ships "Microsoft Heami" for Korean), else the default voice.
     */
    static String windowsScript(String language, Voice voice) {
        return "[Console]::InputEncoding=[Text.Encoding]::UTF8;"
                + "Add-Type -AssemblyName System.Speech;"
                + "$s=New-Object System.Speech.Synthesis.SpeechSynthesizer;"
                + "$s.Volume=" + voice.volumePercent() + ";"
                + "$s.Rate=" + (voice.speedStep() * 3) + ";"
                + "$v=$s.GetInstalledVoices()|Where-Object{$_.Enabled -and $_.VoiceInfo.Culture.Name -like '"
                + language + "*'}|Select-Object -First 1;"
                + "if($v){$s.SelectVoice($v.VoiceInfo.Name)};"
                + "$s.Speak([Console]::In.ReadToEnd())";
    }
}
