package com.brewline.barista.testing;

import com.brewline.testkit.ChildJvm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;


/** Runs {@link OrderWriterMain} in a real second JVM, bounded in time, and cleans up. */
public final class WriterProcess {
    private WriterProcess() {
    }

    /** @return the writer's output lines ("PAID id number") */
    public static List<String> payOrders(Path db, String providerUrl, String secretKey, int count) throws Exception {
        return payOrders(db, providerUrl, secretKey, count, 0);
    }

    /** @param pauseMillis pause after each order (a kiosk's customers do not arrive back to back) */
    public static List<String> payOrders(Path db, String providerUrl, String secretKey, int count, long pauseMillis)
            throws Exception {
        ChildJvm.Result r = ChildJvm.run(OrderWriterMain.class, Duration.ofSeconds(120), db.toString(), providerUrl,
                secretKey, String.valueOf(count), String.valueOf(pauseMillis));
        if (r.exitCode() != 0) {
            throw new AssertionError("the writer process failed (" + r.exitCode() + "):\n" + r.stderr());
        }
        return r.stdout().stream().filter(l -> l.startsWith("PAID ")).toList();
    }
}
