package com.brewline.kiosk.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Speaks through espeak-ng or spd-say when one is on the PATH; otherwise logs what it would say.
 * One sentence at a time on its own thread: a new one cuts the previous one off.
 */
public final class SystemSpeech implements Speech {
    private static final Logger LOG = LoggerFactory.getLogger(SystemSpeech.class);

    private final Path program;
    private final ExecutorService voiceThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kiosk-speech");
        t.setDaemon(true);
        return t;
    });
    private volatile Process speaking;

    private SystemSpeech(Path program) {
        this.program = program;
    }

    public static SystemSpeech detect() {
        Optional<Path> found = onPath("espeak-ng").or(() -> onPath("spd-say"));
        found.ifPresentOrElse(p -> LOG.info("spoken guidance through {}", p),
                () -> LOG.info("no espeak-ng or spd-say on PATH: spoken guidance is only logged"));
        return new SystemSpeech(found.orElse(null));
    }

    static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public boolean hasVoice() {
        return program != null;
    }

    @Override
    public void say(String text, Locale language) {
        LOG.info("say [{}]: {}", language.getLanguage(), text);
        if (program == null || text == null || text.isBlank()) {
            return;
        }
        voiceThread.execute(() -> {
            stopNow();
            try {
                speaking = new ProcessBuilder(command(text, language)).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (Exception e) {
                LOG.warn("speech failed: {}", e.toString());
            }
        });
    }

    private List<String> command(String text, Locale language) {
        String lang = "en".equals(language.getLanguage()) ? "en" : "ko";
        if (program.getFileName().toString().startsWith("spd-say")) {
            return List.of(program.toString(), "-l", lang, "--", text);
        }
        return List.of(program.toString(), "-v", lang, "--", text);
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
