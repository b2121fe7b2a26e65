package com.brewline.kiosk.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Speaks through the system's voice: the Windows speech engine on Windows, espeak-ng or spd-say
 * on Linux; otherwise logs what it would say. One sentence at a time on its own thread: a new one
 * cuts the previous one off.
 */
public final class SystemSpeech implements Speech {
    private static final Logger LOG = LoggerFactory.getLogger(SystemSpeech.class);

    private final SpeechEngine engine;
    private final ExecutorService voiceThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kiosk-speech");
        t.setDaemon(true);
        return t;
    });
    private volatile Process speaking;
    private volatile Voice voice = Voice.NORMAL;

    SystemSpeech(SpeechEngine engine) {
        this.engine = engine;
    }

    public static SystemSpeech detect() {
        Optional<SpeechEngine> found = find(System.getProperty("os.name", ""), System.getenv());
        found.ifPresentOrElse(e -> LOG.info("spoken guidance through {} ({})", e.program(), e.kind()),
                () -> LOG.info("no speech engine found (Windows speech, espeak-ng, spd-say): spoken guidance is only logged"));
        return new SystemSpeech(found.orElse(null));
    }

    /** The engine for this system: on Windows PowerShell's System.Speech, elsewhere espeak-ng, then spd-say. */
    static Optional<SpeechEngine> find(String osName, Map<String, String> env) {
        String path = env.getOrDefault("PATH", env.getOrDefault("Path", ""));
        if (osName.startsWith("Windows")) {
            Optional<Path> powershell = onPath(path, "powershell.exe");
            if (powershell.isEmpty() && env.get("SystemRoot") != null) {
                Path standard = Path.of(env.get("SystemRoot"), "System32", "WindowsPowerShell", "v1.0", "powershell.exe");
                powershell = Files.isRegularFile(standard) ? Optional.of(standard) : Optional.empty();
            }
            return powershell.map(p -> new SpeechEngine(SpeechEngine.Kind.WINDOWS, p));
        }
        return onPath(path, "espeak-ng").map(p -> new SpeechEngine(SpeechEngine.Kind.ESPEAK_NG, p))
                .or(() -> onPath(path, "spd-say").map(p -> new SpeechEngine(SpeechEngine.Kind.SPD_SAY, p)));
    }

    static Optional<Path> onPath(String path, String name) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && (Files.isExecutable(candidate) || name.endsWith(".exe"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public boolean hasVoice() {
        return engine != null;
    }

    @Override
    public void setVoice(Voice voice) {
        this.voice = voice;
    }

    @Override
    public void say(String text, Locale language) {
        LOG.info("say [{}]: {}", language.getLanguage(), text);
        if (engine == null || text == null || text.isBlank()) {
            return;
        }
        Voice now = voice;
        voiceThread.execute(() -> {
            stopNow();
            try {
                List<String> command = engine.command(text, language, now);
                Process started = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                speaking = started;
                String input = engine.stdin(text);
                try (OutputStream in = started.getOutputStream()) {
                    if (input != null) {
                        in.write(input.getBytes(StandardCharsets.UTF_8));
                    }
                }
            } catch (Exception e) {
                LOG.warn("speech failed: {}", e.toString());
            }
        });
    }

    @Override
    public void stop() {
        voiceThread.execute(this::stopNow);
    }

    private void stopNow() {
        Process p = speaking;
        if (p != null && p.isAlive()) {
            p.destroy();
        }
    }
}
