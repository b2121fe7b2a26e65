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
                .containsExactly("espeak-ng", "-v", "ko", "-a", "100", "-s", "150", "--", "-12번");
        assertThat(SpeechEngine.SPD_SAY.command("Number 12", Locale.ENGLISH).arguments())
                .containsSubsequence("-w", "-l", "en", "--", "Number 12");
    }

    @Test
    void theCustomersVolumeAndSpeedReachEveryEngineInItsOwnScale() {
        Voice loudAndSlow = new Voice(100, -2);
        assertThat(SpeechEngine.ESPEAK_NG.command("안녕하세요", Locale.KOREAN, loudAndSlow).arguments())
                .containsExactly("espeak-ng", "-v", "ko", "-a", "125", "-s", "100", "--", "안녕하세요");
        assertThat(SpeechEngine.SPD_SAY.command("Hello", Locale.ENGLISH, new Voice(20, 2)).arguments())
                .containsExactly("spd-say", "-w", "-l", "en", "-i", "-60", "-r", "40", "--", "Hello");
        SpeechEngine.Command windows = SpeechEngine.WINDOWS.command("안녕하세요", Locale.KOREAN, new Voice(60, -1));
        assertThat(windows.environment()).containsEntry("BREWLINE_SPEECH_VOLUME", "60")
                .containsEntry("BREWLINE_SPEECH_RATE", "-4").containsEntry("BREWLINE_SPEECH_CULTURE", "ko-KR");
        assertThat(String.join(" ", windows.arguments())).doesNotContain("안녕하세요").contains("GetInstalledVoices");
    }

    @Test
    void theVoiceStaysWithinItsSteps() {
        Voice v = Voice.NORMAL;
        assertThat(v.louder()).isEqualTo(new Voice(100, 0));
        assertThat(v.louder().louder().loudest()).isTrue();
        assertThat(v.softer().softer().softer().softer().softer()).isEqualTo(new Voice(20, 0));
        assertThat(v.slower().slower().slower()).isEqualTo(new Voice(80, -2));
        assertThat(v.faster().faster().faster().fastest()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Voice(0, 0)).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Voice(80, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void windowsFindsPowerShellInItsStandardPlaceWhenThePathDoesNotNameIt() throws Exception {
        Path ps = Files.createDirectories(dir.resolve("Windows/System32/WindowsPowerShell/v1.0")).resolve("powershell.exe");
        Files.writeString(ps, "");
        assertThat(SpeechEngine.WINDOWS.program(java.util.Map.of("SystemRoot", dir.resolve("Windows").toString())))
                .isEqualTo(ps.toString());
        assertThat(SpeechEngine.WINDOWS.program(java.util.Map.of())).isEqualTo("powershell.exe");
    }

    @Test
    void aNewSentenceCutsOffTheOneBeingSaid() throws Exception {
        if (!Files.isExecutable(Path.of("/bin/sh"))) {
            return; // not a POSIX machine
        }
        // a real program standing in for espeak-ng: writes what it was asked to say, then talks for a long time
        Path said = dir.resolve("said.txt");
        Path engine = dir.resolve("espeak-ng");
        Files.writeString(engine, "#!/bin/sh\nfor a in \"$@\"; do last=\"$a\"; done\necho \"$last\" >> '" + said + "'\nexec sleep 600\n");
        engine.toFile().setExecutable(true);
        ProcessSpeech speech = new ProcessSpeech(SpeechEngine.ESPEAK_NG, Duration.ofSeconds(60), engine.toString());
        try {
            speech.say("first", Locale.ENGLISH);
            speech.say("queued behind the first", Locale.ENGLISH);
            waitFor(() -> Files.exists(said) && Files.readString(said).contains("first"));
            long start = System.nanoTime();
            speech.sayInstead("second", Locale.ENGLISH);
            waitFor(() -> Files.readString(said).contains("second"));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(Files.readAllLines(said)).containsExactly("first", "second");
        } finally {
            speech.close();
        }
    }

    interface Check {
        boolean ok() throws Exception;
    }

    private static void waitFor(Check check) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!check.ok()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 10 s");
            }
            Thread.sleep(20);
        }
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
