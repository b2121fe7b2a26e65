package com.brewline.display;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Which engine speaks where, and how it is asked: the text is one argument (or a variable), never shell. */
class SpeechEngineTest {
    @TempDir
    Path dir;

    @Test
    void windowsUsesItsOwnEngineWithTheTextInTheEnvironment() {
        assertThat(SpeechEngine.detect("Windows 11", "")).contains(SpeechEngine.WINDOWS);
        SpeechEngine.Command c = SpeechEngine.WINDOWS.command("12번 고객님; rm -rf /", Locale.KOREAN);
        assertThat(c.arguments()).first().isEqualTo("powershell.exe");
        assertThat(String.join(" ", c.arguments())).doesNotContain("12번").contains("System.Speech");
        assertThat(c.environment()).containsEntry("BREWLINE_SPEECH_TEXT", "12번 고객님; rm -rf /")
                .containsEntry("BREWLINE_SPEECH_CULTURE", "ko-KR");
        assertThat(SpeechEngine.WINDOWS.command("Number 12", Locale.ENGLISH).environment())
                .containsEntry("BREWLINE_SPEECH_CULTURE", "en-US");
    }

    @Test
    void linuxPrefersEspeakNgThenSpdSayOnThePath() throws Exception {
        assertThat(SpeechEngine.detect("Linux", dir.toString())).isEmpty();
        executable("spd-say");
        assertThat(SpeechEngine.detect("Linux", dir.toString())).contains(SpeechEngine.SPD_SAY);
        executable("espeak-ng");
        assertThat(SpeechEngine.detect("Linux", dir.toString())).contains(SpeechEngine.ESPEAK_NG);
        assertThat(SpeechEngine.ESPEAK_NG.command("-12번", Locale.KOREAN).arguments())
                .containsExactly("espeak-ng", "-v", "ko", "-s", "150", "--", "-12번");
        assertThat(SpeechEngine.SPD_SAY.command("Number 12", Locale.ENGLISH).arguments())
                .containsSubsequence("-w", "-l", "en", "--", "Number 12");
    }

    @Test
    void anEngineThatHangsIsStoppedAtItsTimeOut() throws Exception {
        // A real program standing in for espeak-ng that never finishes: the caller gets control back.
        Path hanging = dir.resolve("espeak-ng");
        Files.writeString(hanging, "#!/bin/sh\nexec sleep 600\n");
        hanging.toFile().setExecutable(true);
        if (!Files.isExecutable(Path.of("/bin/sh"))) {
            return; // not a POSIX machine
        }
        SpeechEngine engine = SpeechEngine.detect("Linux", dir.toString()).orElseThrow();
        ProcessSpeech speech = new ProcessSpeech(engine, Duration.ofMillis(300), hanging.toString());
        long start = System.nanoTime();
        speech.sayAndWait("12", Locale.KOREAN);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        speech.close();
    }

    private void executable(String name) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
