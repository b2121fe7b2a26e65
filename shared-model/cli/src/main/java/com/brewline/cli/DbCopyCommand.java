package com.brewline.cli;

import com.brewline.store.SchemaStatus;
import com.brewline.store.StoreLocation;
import com.brewline.store.Stores;
import com.brewline.store.postgres.PostgresStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code brewline db copy}: a SQLite store moved to an empty PostgreSQL database, every table counted and checked. */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = {"Copies a SQLite store into an empty PostgreSQL database, in one transaction: business days and "
                + "their events, orders with their lines and history, urgent marks, payments, refunds, sold-out items, "
                + "preparation times.",
                "Every table is counted and checksummed on both sides; any difference rolls the copy back. The SQLite "
                        + "file is only read. Stop every screen first: the copy is of the file as it is when it starts."})
final class DbCopyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The SQLite store (brewline.db).")
    Path from;

    @Option(names = "--to", required = true, paramLabel = "URL",
            description = "An empty PostgreSQL database: postgresql://user@host:5432/brewline (password: BREWLINE_DB_PASSWORD, "
                    + "PGPASSWORD or --password-file).")
    String to;

    @Option(names = "--password-file", paramLabel = "FILE", description = "The PostgreSQL password, in a file.")
    Path passwordFile;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(from)) {
            throw new CliException("no SQLite database at " + from.toAbsolutePath());
        }
        StoreLocation target = new StoreLocation(to, passwordFile);
        if (!target.isUrl() || !to.matches("postgres(ql)?://.*")) {
            throw new CliException("--to must be a postgresql://user@host:5432/db URL, was " + to);
        }
        StoreLocation source = StoreLocation.of(from.toString());
        SchemaStatus sourceSchema = Stores.engineFor(source).check(source);
        if (!sourceSchema.upToDate()) {
            throw new CliException(sourceSchema + ": run brewline db migrate --db " + from
                    + " with this Brewline first (it reads only a store of its own version)");
        }
        try (PostgresStore store = PostgresStore.open(target, Clock.systemDefaultZone())) {
            out.printf("Copying %s to %s%n", from.toAbsolutePath(), store.describe());
            out.flush();
            StoreCopy.Result result = StoreCopy.copy(from.toAbsolutePath(), store::connection);
            out.printf("%-18s %10s %10s  %-16s %s%n", "table", "SQLite", "PostgreSQL", "checksum", "");
            for (StoreCopy.TableResult t : result.tables()) {
                out.printf("%-18s %10d %10d  %-16s %s%n", t.table(), t.sourceRows(), t.targetRows(),
                        t.checksum().substring(0, 16), t.matches() ? "ok" : "DIFFERENT");
            }
            out.printf("Copied %d rows in %.1f s; every count and checksum matches.%n", result.rows(), result.seconds());
            out.flush();
        }
        return 0;
    }
}
