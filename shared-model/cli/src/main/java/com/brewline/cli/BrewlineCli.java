package com.brewline.cli;

import com.brewline.config.BrewlineVersion;
import com.brewline.menu.MenuException;
import com.brewline.model.IllegalTransitionException;
import com.brewline.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The {@code brewline} command line. Each subcommand is its own class; register a new one by adding it to
 * {@code subcommands} below. Failures print one clear line (no stack trace) and exit non-zero:
 * 1 when the command failed, 2 for a usage error.
 */
@Command(name = "brewline", mixinStandardHelpOptions = true, versionProvider = BrewlineCli.Version.class,
        description = "Brewline cafe ordering system: simulator, benchmark and reports over the order database.",
        subcommands = {
                SimulateCommand.class,
                BenchCommand.class,
                ReportCommand.class,
                KioskWorkerCommand.class,
                FeedProbeCommand.class,
                SandboxCommand.class,
                NotifyWorkerCommand.class,
                PinCommand.class,
                BenchPaymentCommand.class,
                HashPinCommand.class,
                DayCommand.class,
                ReconcileCommand.class,
                DbCommand.class,
                CommandLine.HelpCommand.class
        })
public final class BrewlineCli implements Runnable {
    /** Logback configuration for the command line: warnings only, to stderr, so stdout stays the command's output. */
    static final String LOGBACK_CONFIG = "com/brewline/cli/logback-cli.xml";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOGBACK_CONFIG);
        }
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code (tests call this in-process). */
    public static int run(String... args) {
        return newCommandLine().execute(args);
    }

    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = newCommandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    static CommandLine newCommandLine() {
        CommandLine cli = new CommandLine(new BrewlineCli());
        // every command's --version is the build's (brewline-sandbox --version goes through "sandbox")
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new Version()));
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("brewline " + commandLine.getCommandName() + ": " + describe(ex));
            commandLine.getErr().flush();
            return 1;
        });
        return cli;
    }

    /** A person-readable one-liner: our own exceptions carry good messages; others get their type named. */
    static String describe(Throwable ex) {
        if (ex instanceof StoreException || ex instanceof MenuException || ex instanceof IllegalTransitionException
                || ex instanceof CliException || ex instanceof IllegalArgumentException
                || ex instanceof com.brewline.model.IllegalDayTransitionException) {
            return ex.getMessage();
        }
        String message = ex.getMessage();
        return ex.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a command (simulate, bench, report, day, reconcile, db, sandbox, bench-payment, hash-pin); see --help");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return BrewlineVersion.lines("brewline");
        }
    }
}
