package com.brewline.testkit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ChildJvmTest {
    @TempDir
    Path dir;

    @Test
    void aChildReadsWhatIsSentAndAskedToStopEndsByItselfThroughItsStopFileOrItsInput() throws Exception {
        Path stop = ChildJvm.stopFile(dir, "watcher");
        Files.createFile(stop); // left from an earlier child of the name: must not stop the new one
        try (ChildJvm watcher = ChildJvm.start(dir, "watcher", StoppableChildren.WatchesFile.class, stop.toString());
             ChildJvm reader = ChildJvm.start(dir, "reader", StoppableChildren.ReadsStdin.class)) {
            assertThat(watcher.awaitLine("ready", 30_000)).as(watcher.describe()).isTrue();
            assertThat(reader.awaitLine("ready", 30_000)).as(reader.describe()).isTrue();
            reader.send("GO");
            assertThat(reader.awaitLine("read GO", 30_000)).as(reader.describe()).isTrue();

            assertThat(watcher.stop(Duration.ofSeconds(20))).as(watcher.describe()).isTrue();
            assertThat(reader.stop(Duration.ofSeconds(20))).as(reader.describe()).isTrue();

            assertThat(watcher.lines()).containsExactly("ready", "stopped by its file");
            assertThat(reader.lines()).containsExactly("ready", "read GO", "stopped by the end of its input");
            assertThat(watcher.exitCode()).isZero();
            assertThat(reader.exitCode()).isZero();
        }
    }

    @Test
    void aChildThatIgnoresTheRequestIsKilledAfterTheGrace() throws Exception {
        try (ChildJvm stubborn = ChildJvm.start(dir, "stubborn", StoppableChildren.Stubborn.class)) {
            assertThat(stubborn.awaitLine("ready", 30_000)).as(stubborn.describe()).isTrue();
            long started = System.nanoTime();

            assertThat(stubborn.stop(Duration.ofMillis(300))).isFalse();

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            assertThat(stubborn.exitCode()).isNotZero(); // killed: 137 on Linux, 1 on Windows
        }
    }
}
