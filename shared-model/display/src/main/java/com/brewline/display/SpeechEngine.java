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
        Command command(String text, Locale language, Voice voice) {
            // amplitude 0-200 (100 its normal); words per minute (175 its normal, 150 clearer for numbers)
            return new Command(List.of(executable(), "-v", voice(language),
                    "-a", Integer.toString(voice.volumePercent() * 100 / Voice.NORMAL.volumePercent()),
                    "-s", Integer.toString(150 + voice.speedStep() * 25), "--", text), Map.of());
        }
    },
    /** speech-dispatcher's client; {@code -w} waits until spoken, so calls do not talk over each other. */
    SPD_SAY("spd-say") {
        @Override
        Command command(String text, Locale language, Voice voice) {
            // volume and rate -100..100, 0 its normal
            return new Command(List.of(executable(), "-w", "-l", voice(language),
                    "-i", Integer.toString(voice.volumePercent() * 2 - 100),
                    "-r", Integer.toString(-10 + voice.speedStep() * 25), "--", text), Map.of());
        }
    },
    /** Windows' own engine (System.Speech), present on every Windows 10/11 kiosk, through PowerShell. */
    WINDOWS("powershell.exe") {
        // the first enabled voice of the language (Windows ships "Microsoft Heami" for Korean), else the default;
        // volume 0-100, rate -10..10; every value from the environment, so the script never changes
        static final String SCRIPT = "Add-Type -AssemblyName System.Speech; "
                + "$s = New-Object System.Speech.Synthesis.SpeechSynthesizer; "
                + "$v = $s.GetInstalledVoices() | Where-Object { $_.Enabled -and "
                + "$_.VoiceInfo.Culture.Name -eq $env:BREWLINE_SPEECH_CULTURE } | Select-Object -First 1; "
                + "if ($v) { $s.SelectVoice($v.VoiceInfo.Name) }; "
                + "$s.Volume = [int]$env:BREWLINE_SPEECH_VOLUME; $s.Rate = [int]$env:BREWLINE_SPEECH_RATE; "
                + "$s.Speak($env:BREWLINE_SPEECH_TEXT)";

        @Override
        Command command(String text, Locale language, Voice voice) {
            return new Command(List.of(executable(), "-NoProfile", "-NonInteractive", "-Command", SCRIPT),
                    Map.of("BREWLINE_SPEECH_TEXT", text,
                            "BREWLINE_SPEECH_CULTURE", voice(language).equals("ko") ? "ko-KR" : "en-US",
                            "BREWLINE_SPEECH_VOLUME", Integer.toString(voice.volumePercent()),
                            "BREWLINE_SPEECH_RATE", Integer.toString(-1 + voice.speedStep() * 3)));
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

    abstract Command command(String text, Locale language, Voice voice);

    Command command(String text, Locale language) {
        return command(text, language, Voice.NORMAL);
    }

    /**
     * The program to start: the engine's name (found on the PATH), or for Windows PowerShell's
     * standard place when the PATH of a locked-down kiosk account does not name it.
     */
    String program(Map<String, String> env) {
        if (this == WINDOWS) {
            String root = env.getOrDefault("SystemRoot", env.get("SYSTEMROOT"));
            if (root != null && !root.isBlank()) {
                Path standard = Path.of(root, "System32", "WindowsPowerShell", "v1.0", "powershell.exe");
                if (Files.isRegularFile(standard)) {
                    return standard.toString();
                }
            }
        }
        return executable;
    }

    static String voice(Locale language) {
        return language != null && "en".equals(language.getLanguage()) ? "en" : "ko";
    }

    /** Windows: its own engine; elsewhere espeak-ng, then spd-say, whichever is on the PATH. */
    public static Optional<SpeechEngine> detect() {
        Map<String, String> env = System.getenv();
        return detect(System.getProperty("os.name", ""), env.getOrDefault("PATH", env.getOrDefault("Path", "")));
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
