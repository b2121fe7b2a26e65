package com.brewline.display;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How one speech engine is asked to speak: the command line and its environment. The text never
 * goes through a shell: on Linux it is one argument, on Windows PowerShell reads it from the
 * environment, so a number or a name cannot become a command.
 */
public enum SpeechEngine {
    /** espeak-ng: Korean and English voices in the distribution's package. */
    ESPEAK_NG("espeak-ng") {
        @Override
        Command command(String text, Locale language) {
            return new Command(List.of(executable(), "-v", voice(language), "-s", "150", "--", text), Map.of());
        }
    },
    /** speech-dispatcher's client; {@code -w} waits until spoken, so calls do not talk over each other. */
    SPD_SAY("spd-say") {
        @Override
        Command command(String text, Locale language) {
            return new Command(List.of(executable(), "-w", "-l", voice(language), "-r", "-10", "--", text), Map.of());
        }
    },
    /** Windows' own engine (System.Speech), present on every Windows 10/11 kiosk, through PowerShell. */
    WINDOWS("powershell.exe") {
        static final String SCRIPT = "Add-Type -AssemblyName System.Speech; "
                + "$s = New-Object System.Speech.Synthesis.SpeechSynthesizer; "
                + "try { $s.SelectVoiceByHints([System.Speech.Synthesis.VoiceGender]::NotSet, "
                + "[System.Speech.Synthesis.VoiceAge]::NotSet, 0, "
                + "[System.Globalization.CultureInfo]::GetCultureInfo($env:BREWLINE_SPEECH_CULTURE)) } catch { }; "
                + "$s.Rate = -1; $s.Speak($env:BREWLINE_SPEECH_TEXT)";

        @Override
        Command command(String text, Locale language) {
            return new Command(List.of(executable(), "-NoProfile", "-NonInteractive", "-Command", SCRIPT),
                    Map.of("BREWLINE_SPEECH_TEXT", text,
                            "BREWLINE_SPEECH_CULTURE", voice(language).equals("ko") ? "ko-KR" : "en-US"));
        }
    };

    private final String executable;

    SpeechEngine(String executable) {
        this.executable = executable;
    }

    public String executable() {
        return executable;
    }

    /** A command line and the variables it needs in its environment. */
    public record Command(List<String> arguments, Map<String, String> environment) {
    }

    abstract Command command(String text, Locale language);

    static String voice(Locale language) {
        return language != null && "en".equals(language.getLanguage()) ? "en" : "ko";
    }

    /** Windows: its own engine; elsewhere espeak-ng, then spd-say, whichever is on the PATH. */
    public static Optional<SpeechEngine> detect() {
        return detect(System.getProperty("os.name", ""), System.getenv().getOrDefault("PATH", ""));
    }

    static Optional<SpeechEngine> detect(String osName, String path) {
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            return Optional.of(WINDOWS);
        }
        for (SpeechEngine e : List.of(ESPEAK_NG, SPD_SAY)) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isBlank() && Files.isExecutable(Path.of(dir, e.executable))) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }
}
