package org.goodpractice.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.goodpractice.curation.Account;
import org.goodpractice.curation.AccountStore;
import org.goodpractice.curation.Accounts;
import org.goodpractice.curation.CurationException;
import org.goodpractice.curation.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code user add NAME --role ROLE} (the password from standard input, never an argument) and
 * {@code user list}: the curation accounts, kept apart from the public store.
 *
 * <pre>
 * printf '%s\n' "$PASSWORD" | goodpractice user add maria --role admin --store store
 * goodpractice user list --store store
 * </pre>
 */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage the curation accounts (contributor, reviewer, admin).",
        subcommands = {UserCommand.Add.class, UserCommand.ListAccounts.class})
final class UserCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing command: add or list");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an account. The password is read from standard input (first line; asked twice, "
                    + "unechoed, at a terminal) and never taken as an argument.")
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "Account name: 2 to 40 letters, digits, '.', '_' or '-'")
        String name;

        @Option(names = "--role", paramLabel = "ROLE", required = true,
                description = "contributor (submits and edits own drafts), reviewer (reviews, edits any practice) "
                        + "or admin (manages accounts, reverts)")
        String role;

        @Option(names = "--replace", description = "Give an existing account the new role and password")
        boolean replace;

        @Mixin
        AccountOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            char[] password = null;
            try {
                Role chosen = Role.parse(role);
                Account.checkName(name);
                password = readPassword(err);
                if (password == null) {
                    err.println("No password on standard input: pipe it in, e.g. printf '%s\\n' \"$PASSWORD\" | goodpractice user add "
                            + name + " --role " + role);
                    return 2;
                }
                try (AccountStore store = options.open()) {
                    Account account = new Accounts(store).add(name, chosen, CharBuffer.wrap(password), replace);
                    out.printf("%s account '%s' (%s) in %s%n", replace ? "Saved" : "Added", account.name(),
                            account.role().label(), options.directory());
                }
                return 0;
            } catch (CurationException e) {
                err.println(e.getMessage());
                return 2;
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
        }

        /** Asked twice at a terminal, without echo; else the first line of standard input. */
        private char[] readPassword(PrintWriter err) {
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("Password for %s: ", name);
                char[] again = console.readPassword("Again: ");
                if (first == null || !Arrays.equals(first, again)) {
                    throw new CurationException("the two passwords differ");
                }
                return first;
            }
            return firstLine(System.in);
        }

        private static char[] firstLine(InputStream in) {
            try {
                String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
                return line == null ? null : line.toCharArray();
            } catch (IOException e) {
                throw new CurationException("cannot read the password from standard input: " + e.getMessage());
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts and their roles.")
    static final class ListAccounts implements Callable<Integer> {
        @Mixin
        AccountOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AccountStore store = options.open()) {
                for (Account account : store.list()) {
                    out.printf("%s\t%s%n", account.name(), account.role().label());
                }
                return 0;
            } catch (CurationException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
        }
    }
}
