package org.goodpractice.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code goodpractice} command line: {@code serve}, {@code import}, {@code validate}, {@code query}, {@code export},
 * {@code user}.
 *
 * <pre>
 * java -jar target/goodpractice.jar validate data/
 * java -jar target/goodpractice.jar import --store store data/
 * java -jar target/goodpractice.jar serve --store store --port 8080
 * </pre>
 */
@Command(name = "goodpractice", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Linked-open-data repository of regional-policy good practices.",
        subcommands = {ServeCommand.class, ImportCommand.class, ValidateCommand.class, QueryCommand.class, ExportCommand.class,
                UserCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for running commands in-process (tests use it too). */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** The version picocli prints for {@code --version}, from the build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"goodpractice " + org.goodpractice.Version.current()};
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: serve, import, validate, query, export or user");
    }
}
