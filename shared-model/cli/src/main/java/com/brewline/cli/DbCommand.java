package com.brewline.cli;

import com.brewline.store.SchemaStatus;
import com.brewline.store.StoreLocation;
import com.brewline.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code brewline db}: the order database's schema, and moving a SQLite store to PostgreSQL. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "The order database: check or migrate its schema; copy a SQLite store to PostgreSQL.",
        subcommands = {DbCommand.Check.class, DbCommand.Migrate.class, DbCopyCommand.class})
final class DbCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose check, migrate or copy; see --help");
    }

    static StoreLocation location(String db, Path passwordFile) {
        return new StoreLocation(db, passwordFile);
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Reads the schema version and the tables, writing nothing.",
                    "Exit 0: up to date; 1: needs migrating, newer than this Brewline, or unreadable."})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "PATH|URL",
                description = "A SQLite file or postgresql://user@host:5432/db (password: BREWLINE_DB_PASSWORD, PGPASSWORD or --password-file).")
        String db;

        @Option(names = "--password-file", paramLabel = "FILE", description = "The PostgreSQL password, in a file.")
        Path passwordFile;

        @Override
        public Integer call() {
            StoreLocation where = location(db, passwordFile);
            SchemaStatus status = Stores.engineFor(where).check(where);
            PrintWriter out = spec.commandLine().getOut();
            out.println(status);
            out.flush();
            if (!status.upToDate()) {
                spec.commandLine().getErr().println("brewline db check: " + (status.newer()
                        ? "the database was written by a newer Brewline: update Brewline"
                        : "run brewline db migrate --db " + db));
                spec.commandLine().getErr().flush();
                return 1;
            }
            return 0;
        }
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = {"Creates the schema of an empty database, or brings an older one up to this Brewline's version "
                    + "(every screen does the same when it opens the store). A database of a newer Brewline, or one "
                    + "that is not Brewline's, is refused untouched."})
    static final class Migrate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "PATH|URL",
                description = "A SQLite file or postgresql://user@host:5432/db (password: BREWLINE_DB_PASSWORD, PGPASSWORD or --password-file).")
        String db;

        @Option(names = "--password-file", paramLabel = "FILE", description = "The PostgreSQL password, in a file.")
        Path passwordFile;

        @Override
        public Integer call() {
            StoreLocation where = location(db, passwordFile);
            if (!where.isUrl()) {
                Path parent = Path.of(db).toAbsolutePath().getParent();
                if (parent != null && !java.nio.file.Files.isDirectory(parent)) {
                    throw new CliException("the folder of the database does not exist: " + parent);
                }
            }
            SchemaStatus status = Stores.engineFor(where).migrate(where);
            spec.commandLine().getOut().println(status);
            spec.commandLine().getOut().flush();
            return status.upToDate() ? 0 : 1;
        }
    }
}
