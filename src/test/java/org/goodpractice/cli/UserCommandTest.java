package org.goodpractice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.goodpractice.curation.Accounts;
import org.goodpractice.curation.Role;
import org.goodpractice.curation.TdbAccountStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code user add} and {@code user list} as an operator runs them, the password piped in. */
class UserCommandTest {
    private static final String PASSWORD = "s3cret-Lighthouse-42";
    private static final InputStream STDIN = System.in;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void restoreStdin() {
        System.setIn(STDIN);
    }

    private int run(String stdin, String... args) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private String store() {
        return dir.resolve("store").toString();
    }

    @Test
    void addsTheFirstAdminFromStandardInputBesideTheStore() throws IOException {
        assertEquals(0, run(PASSWORD + "\n", "user", "add", "maria", "--role", "admin", "--store", store()), err.toString());
        assertTrue(out.toString().contains("Added account 'maria' (admin)"), out.toString());
        Path accounts = dir.resolve("store-curation");
        assertTrue(Files.isDirectory(accounts), "kept in STORE-curation, apart from the public store");
        assertFalse(Files.exists(dir.resolve("store")), "the public store is not touched");
        assertFalse((out.toString() + err.toString()).contains(PASSWORD), "the password is never printed");
        assertFalse(anyFileContains(accounts, PASSWORD), "only its hash is stored");

        try (TdbAccountStore store = TdbAccountStore.open(accounts)) {
            assertEquals(Role.ADMIN, new Accounts(store).authenticate("maria", PASSWORD).orElseThrow().role());
        }
    }

    @Test
    void thePasswordIsNeverAnArgument() {
        assertEquals(2, run("", "user", "add", "maria", "--role", "admin", "--password", PASSWORD, "--store", store()));
        assertTrue(err.toString().contains("Unknown options: '--password'"), err.toString());
    }

    @Test
    void emptyOrShortPasswordsAndUnknownRolesAreRefused() {
        assertEquals(2, run("", "user", "add", "maria", "--role", "admin", "--store", store()));
        assertTrue(err.toString().contains("No password on standard input"), err.toString());
        assertEquals(2, run("short\n", "user", "add", "maria", "--role", "admin", "--store", store()));
        assertTrue(err.toString().contains("at least 12 characters"), err.toString());
        assertEquals(2, run(PASSWORD + "\n", "user", "add", "maria", "--role", "boss", "--store", store()));
        assertTrue(err.toString().contains("unknown role 'boss'"), err.toString());
        assertEquals(2, run(PASSWORD + "\n", "user", "add", "ma ria", "--role", "admin", "--store", store()));
        assertTrue(err.toString().contains("account name 'ma ria' is not allowed"), err.toString());
    }

    @Test
    void anExistingNameNeedsReplaceAndListShowsRoles() {
        String accounts = dir.resolve("elsewhere").toString();
        assertEquals(0, run(PASSWORD + "\n", "user", "add", "maria", "--role", "admin", "--accounts", accounts));
        assertEquals(0, run("another-long-password\n", "user", "add", "jan", "--role", "contributor", "--accounts", accounts));
        assertEquals(2, run(PASSWORD + "\n", "user", "add", "jan", "--role", "reviewer", "--accounts", accounts));
        assertTrue(err.toString().contains("exists already; add --replace"), err.toString());
        assertEquals(0, run(PASSWORD + "\n", "user", "add", "jan", "--role", "reviewer", "--replace", "--accounts", accounts));

        out.getBuffer().setLength(0);
        assertEquals(0, run("", "user", "list", "--accounts", accounts));
        assertEquals("jan\treviewer\nmaria\tadmin\n", out.toString().replace("\r\n", "\n"));
    }

    private static boolean anyFileContains(Path dir, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                if (content.contains(new String(needle, StandardCharsets.ISO_8859_1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
