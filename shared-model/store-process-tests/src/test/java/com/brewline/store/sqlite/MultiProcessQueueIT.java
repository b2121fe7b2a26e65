package com.brewline.store.sqlite;

import com.brewline.store.contract.MultiProcessQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;

/** Kiosks and baristas as real separate JVMs on one database file. */
class MultiProcessQueueIT {
    /** 1,000 orders: enough interleaving of 4 writers and 2 claimers to catch a double claim or a FIFO slip. */
    static final int ORDERS_PER_WRITER = 250;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 200, unit = TimeUnit.SECONDS)
    void fourWritersAndTwoConsumersClaimEveryOrderOnceInPaidOrder() throws Exception {
        Path db = dir.resolve("queue.db");
        double rate = MultiProcessQueue.run(dir, db.toString(),
                () -> DriverManager.getConnection("jdbc:sqlite:" + db), 4, ORDERS_PER_WRITER, 2);
        System.out.printf("multi-process: %d paid orders by 4 writer JVMs, %.0f/s from their go%n",
                4 * ORDERS_PER_WRITER, rate);
    }
}
