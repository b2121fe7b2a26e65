package com.brewline.store.contract;

import com.brewline.testkit.ChildJvm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The writers of a kill -9 test, one per round, each started {@value #AHEAD} rounds ahead: the next JVMs boot and
 * load their classes while the current one writes, and touch the store only when their round comes
 * ({@link StoreWorker#WAIT_FOR_GO}). So a round waits for no JVM start, and no two writers ever share the store.
 */
public final class KilledWriters implements AutoCloseable {
    /** A JVM start takes about as long as two rounds. */
    private static final int AHEAD = 2;

    private final Path dir;
    private final String location;
    private final int rounds;
    private final IntFunction<String> kioskOfRound;
    private final Deque<ChildJvm> ahead = new ArrayDeque<>();
    private int started;

    public KilledWriters(Path dir, String location, int rounds, IntFunction<String> kioskOfRound) throws IOException {
        this.dir = dir;
        this.location = location;
        this.rounds = rounds;
        this.kioskOfRound = kioskOfRound;
        startAhead();
    }

    private void startAhead() throws IOException {
        while (ahead.size() < AHEAD && started < rounds) {
            ahead.add(ChildJvm.start(dir, "writer-" + started, StoreWorker.class, "endless-writer", location,
                    kioskOfRound.apply(started), StoreWorker.WAIT_FOR_GO));
            started++;
        }
    }

    /**
     * The next round's writer told to go and in the middle of its stream: its first order committed. The caller
     * kills and closes it.
     */
    public ChildJvm writing() throws IOException, InterruptedException {
        ChildJvm writer = ahead.remove();
        try {
            writer.send("GO");
            startAhead();
            assertTrue(writer.awaitLine("COMMITTED ", 60_000), writer::describe);
            return writer;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            writer.close();
            throw e;
        }
    }

    @Override
    public void close() {
        ChildJvm.closeAll(List.copyOf(ahead));
        ahead.clear();
    }
}
