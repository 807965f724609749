package org.goodpractice.web.curation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.goodpractice.TestServer;
import org.goodpractice.curation.Accounts;
import org.goodpractice.curation.Role;
import org.goodpractice.curation.TdbAccountStore;
import org.goodpractice.history.TdbHistory;

/**
 * The server over the sample data with accounts and a history, for curation tests: an admin
 * {@code ada}, reviewers {@code rita} and {@code remi}, a contributor {@code jan}, all with {@link #PASSWORD},
 * and extra annex practices {@code PREFIX1…PREFIXn} copied from a sample annex with titles of their own.
 */
public record CurationSite(TdbAccountStore accounts, TdbHistory history, TestServer site) implements AutoCloseable {
    public static final String PASSWORD = "a-long-enough-password";

    /** Starts the site with {@code count} annexes, the n-th titled {@code title + " " + n}, written under {@code dir}. */
    public static CurationSite start(Path dir, String prefix, String title, int count) throws IOException {
        TdbAccountStore accounts = TdbAccountStore.inMemory();
        Accounts users = new Accounts(accounts);
        users.add("ada", Role.ADMIN, PASSWORD, false);
        users.add("rita", Role.REVIEWER, PASSWORD, false);
        users.add("remi", Role.REVIEWER, PASSWORD, false);
        users.add("jan", Role.CONTRIBUTOR, PASSWORD, false);
        TdbHistory history = TdbHistory.inMemory();
        String annex = Files.readString(Path.of("data/annex/0298C1.txt"));
        Path[] records = new Path[count];
        for (int i = 0; i < count; i++) {
            String id = prefix + (i + 1);
            records[i] = Files.writeString(dir.resolve(id + ".txt"), title + " " + (i + 1)
                    + annex.substring(annex.indexOf('\n')).replace("Index: 0298C1", "Index: " + id));
        }
        return new CurationSite(accounts, history, TestServer.start(builder -> builder.accounts(accounts).history(history), records));
    }

    /** The IRI of practice {@code id}. */
    public String record(String id) {
        return site.base() + "id/practice/" + id;
    }

    Client signedIn(String name) throws IOException, InterruptedException {
        return Client.signedIn(site, name, PASSWORD);
    }

    @Override
    public void close() {
        site.close();
        history.close();
        accounts.close();
    }
}
