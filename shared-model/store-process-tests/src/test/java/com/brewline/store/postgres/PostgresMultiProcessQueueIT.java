package com.brewline.store.postgres;

import com.brewline.store.contract.MultiProcessQueue;
import com.brewline.store.contract.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** 4 kiosk processes and 2 station processes, each a real JVM with its own pool, on one PostgreSQL database. */
class PostgresMultiProcessQueueIT {
    /** 500 orders: enough interleaving of 4 writers and 2 claimers to catch a double claim or a FIFO slip (1,000 took 40 s). */
    static final int ORDERS_PER_WRITER = 125;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void fourWritersAndTwoStationsClaimEveryOrderOnceInPaidOrder() throws Exception {
        String url = TestPostgres.newDatabase("queue");
        double rate = MultiProcessQueue.run(dir, url, () -> TestPostgres.connect(url), 4, ORDERS_PER_WRITER, 2);
        System.out.printf("PostgreSQL multi-process: %d paid orders by 4 writer JVMs, %.0f/s from their go%n",
                4 * ORDERS_PER_WRITER, rate);
    }
}
