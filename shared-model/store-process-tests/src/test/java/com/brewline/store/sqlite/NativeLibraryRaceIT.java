package com.brewline.store.sqlite;

import com.brewline.store.contract.StoreWorker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Issue 9: several JVMs opening a store at once never print sqlite-jdbc's "Failed to delete old native lib"
 * (they raced to delete the same stale extracted library in the temp folder).
 */
class NativeLibraryRaceIT {
    @Test
    void jvmsStartingTogetherPrintNoNativeLibraryError(@TempDir Path dir) throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        String version = SQLiteJDBCLoader.getVersion();
        for (int i = 0; i < 20_000; i++) { // stale copies left by processes killed with -9
            Files.write(tmp.resolve("sqlite-" + version + "-" + UUID.randomUUID() + "-libsqlitejdbc.so"), new byte[16]);
        }
        List<Process> processes = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Path out = dir.resolve("out-" + i + ".txt");
            outputs.add(out);
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                    StoreWorker.class.getName(), "open", dir.resolve("db-" + i + ".db").toString())
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start());
        }
        for (int i = 0; i < processes.size(); i++) {
            Process p = processes.get(i);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            String output = Files.readString(outputs.get(i));
            assertEquals(0, p.exitValue(), output);
            assertFalse(output.contains("Failed to delete old native lib"), output);
            assertFalse(output.contains("\tat "), output);
        }
    }
}
