package com.brewline.cli;

import com.brewline.config.ConfigException;
import com.brewline.config.ConfigLoader;
import com.brewline.config.StaffPin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The staff PIN where every screen reads it: {@code kiosk.staffPinHash} of the configuration file, written as a
 * salted hash only (never a hash typed into the file by hand, never the PIN itself). The PIN is typed twice at a
 * hidden prompt, or read as two lines from standard input by a provisioning script: never on the command line,
 * which every user of the machine can see.
 */
@Command(name = "pin", mixinStandardHelpOptions = true, subcommands = {PinCommand.Set.class, PinCommand.Status.class},
        description = "The staff PIN of the kiosks, the barista station and the office (no PIN set: staff actions "
                + "are refused).")
final class PinCommand {
    private PinCommand() {
    }

    static Path configFile(Path given, ConfigLoader loader) {
        return given != null ? given : loader.defaultConfigFile();
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Sets the staff PIN (4 to 12 digits), typed twice at a hidden prompt or given as two lines on "
                    + "standard input; writes only its salted hash into the configuration (every other field kept).")
    static final class Set implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--config", paramLabel = "FILE", description = "The configuration file. Default: "
                + "/etc/brewline/brewline.json when installed, else brewline.json in your data folder (created if missing).")
        Path config;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            ConfigLoader loader = ConfigLoader.forThisMachine();
            Path file = configFile(config, loader);
            String[] typed = readTwice(out);
            if (!StaffPin.isValid(typed[0])) {
                throw new CliException("the PIN must be " + StaffPin.RULE + " (0-9 only, as on the kiosk's number pad)");
            }
            if (!typed[0].equals(typed[1])) {
                throw new CliException("the two PINs differ: nothing was changed");
            }
            try {
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                StaffPin.write(file, typed[0], loader);
            } catch (ConfigException e) {
                throw new CliException(e.getMessage());
            } finally {
                Arrays.fill(typed, null);
            }
            out.println("The staff PIN is set in " + file + " (kiosk.staffPinHash, its salted hash only). The office "
                    + "and the station's staff prompts use it at once; a running kiosk from its next start.");
            return 0;
        }

        private static String[] readTwice(PrintWriter out) throws IOException {
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("New staff PIN (4 to 12 digits): ");
                char[] again = console.readPassword("The same PIN again: ");
                if (first == null || again == null) {
                    throw new CliException("no PIN was typed: nothing was changed");
                }
                String[] pins = {new String(first), new String(again)};
                Arrays.fill(first, ' ');
                Arrays.fill(again, ' ');
                return pins;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String first = in.readLine();
            String again = in.readLine();
            if (first == null || again == null) {
                throw new CliException("pin set reads the PIN twice (two lines on standard input, or typed at a "
                        + "terminal): nothing was changed");
            }
            return new String[]{first.strip(), again.strip()};
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Says whether a staff PIN is set (never the PIN or its hash).")
    static final class Status implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--config", paramLabel = "FILE", description = "The configuration file (default as for pin set).")
        Path config;

        @Override
        public Integer call() {
            ConfigLoader loader = ConfigLoader.forThisMachine();
            Path file = configFile(config, loader);
            String hash;
            try {
                hash = Files.exists(file) ? loader.load(file).kiosk().staffPinHash() : null;
            } catch (ConfigException e) {
                throw new CliException(e.getMessage());
            }
            spec.commandLine().getOut().println(hash != null ? "A staff PIN is set in " + file + "."
                    : "No staff PIN is set in " + file + ": staff actions are refused. Set one with: " + StaffPin.HOW_TO_SET);
            return hash != null ? 0 : 3;
        }
    }
}
