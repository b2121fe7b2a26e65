package com.brewline.barista.testing;

import com.brewline.testkit.ChildJvm;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;


/** Runs {@link OrderWriterMain} in a real second JVM, bounded in time, and cleans up. */
public final class WriterProcess {
    private static final AtomicInteger STARTED = new AtomicInteger();

    private WriterProcess() {
    }

    /** @return the writer's output lines ("PAID id number") */
    public static List<String> payOrders(Path db, String providerUrl, String secretKey, int count) throws Exception {
        return payOrders(db, providerUrl, secretKey, count, 0);
    }

    /**
     * Started as ChildJvm's small JVM (C1 only, serial GC: a short run starts sooner than in a default JVM) and waited
     * for to its end; its stderr beside the database.
     *
     * @param pauseMillis pause after each order (a kiosk's customers do not arrive back to back)
     */
    public static List<String> payOrders(Path db, String providerUrl, String secretKey, int count, long pauseMillis)
            throws Exception {
        try (ChildJvm writer = ChildJvm.start(db.toAbsolutePath().getParent(), "order-writer-" + STARTED.incrementAndGet(),
                OrderWriterMain.class, db.toString(), providerUrl, secretKey, String.valueOf(count),
                String.valueOf(pauseMillis))) {
            int exit = writer.await(120_000);
            if (exit != 0) {
                throw new AssertionError("the writer process failed (" + exit + "): " + writer.describe());
            }
            return writer.lines().stream().filter(l -> l.startsWith("PAID ")).toList();
        }
    }
}
