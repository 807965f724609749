package org.goodpractice.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsTest {
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;

    @Test
    void passwordsAreSaltedBcryptHashesThatOnlyTheRightPasswordMatches() {
        String one = Passwords.hash(PASSWORD);
        String two = Passwords.hash(PASSWORD);
        assertTrue(one.startsWith("$2a$12$"), one);
        assertNotEquals(one, two, "each hash has its own salt");
        assertFalse(one.contains(PASSWORD));
        assertTrue(Passwords.matches(PASSWORD, one));
        assertFalse(Passwords.matches(PASSWORD + "!", one));
        assertFalse(Passwords.matches(PASSWORD, null), "no account: never a match");
    }

    @Test
    void tooShortAndTooLongPasswordsAreRefused() {
        CurationException shortOne = assertThrows(CurationException.class, () -> Passwords.hash("eleven char"));
        assertTrue(shortOne.getMessage().contains("at least 12 characters"), shortOne.getMessage());
        assertThrows(CurationException.class, () -> Passwords.hash("            "));
        CurationException longOne = assertThrows(CurationException.class, () -> Passwords.hash("é".repeat(37)));
        assertTrue(longOne.getMessage().contains("72 bytes"), longOne.getMessage());
    }

    @Test
    void accountsSurviveReopeningAndAnExistingNameNeedsReplace() {
        try (AccountStore store = TdbAccountStore.open(dir)) {
            Accounts accounts = new Accounts(store);
            accounts.add("maria", Role.ADMIN, PASSWORD, false);
            accounts.add("jan.de-vries", Role.CONTRIBUTOR, "another long password", false);
            CurationException again = assertThrows(CurationException.class,
                    () -> accounts.add("maria", Role.REVIEWER, PASSWORD, false));
            assertTrue(again.getMessage().contains("--replace"), again.getMessage());
        }
        try (AccountStore store = TdbAccountStore.open(dir)) {
            Accounts accounts = new Accounts(store);
            assertEquals(List.of("jan.de-vries", "maria"), accounts.list().stream().map(Account::name).toList());
            assertEquals(Role.ADMIN, accounts.authenticate("maria", PASSWORD).orElseThrow().role());
            accounts.add("maria", Role.REVIEWER, "a new long password", true);
            assertTrue(accounts.authenticate("maria", PASSWORD).isEmpty(), "the old password no longer works");
            assertEquals(Role.REVIEWER, accounts.authenticate("maria", "a new long password").orElseThrow().role());
        }
    }

    @Test
    void wrongPasswordUnknownAndMalformedNamesAllFailAlike() {
        try (AccountStore store = TdbAccountStore.inMemory()) {
            Accounts accounts = new Accounts(store);
            accounts.add("maria", Role.REVIEWER, PASSWORD, false);
            assertTrue(accounts.authenticate("maria", "wrong password!!").isEmpty());
            assertTrue(accounts.authenticate("nobody", PASSWORD).isEmpty());
            assertTrue(accounts.authenticate("<script>", PASSWORD).isEmpty());
            assertThrows(CurationException.class, () -> accounts.add("bad name", Role.ADMIN, PASSWORD, false));
        }
    }

    @Test
    void anAccountPrintsWithoutItsHash() {
        Account account = new Account("maria", Role.ADMIN, Passwords.hash(PASSWORD));
        assertEquals("Account[maria, admin]", account.toString());
    }
}
