package com.brewline.cli;

import com.brewline.store.contract.TestPostgres;

import java.util.ArrayList;
import java.util.List;

/**
 * For the README's figures without a PostgreSQL server installed: {@code brewline bench} with both engines, the
 * PostgreSQL side on this JVM's embedded server (test class path) with fsync on, as in a shop. Arguments go to bench
 * as they are.
 */
public final class PostgresBenchMain {
    private PostgresBenchMain() {
    }

    public static void main(String[] args) {
        System.setProperty(TestPostgres.FSYNC_PROPERTY, "on"); // the shop's durability, for the shop's figures
        List<String> bench = new ArrayList<>(List.of("bench", "--postgres", TestPostgres.newDatabase("bench")));
        bench.addAll(List.of(args));
        System.exit(BrewlineCli.run(bench.toArray(String[]::new)));
    }
}
