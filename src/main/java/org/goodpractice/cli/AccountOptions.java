package org.goodpractice.cli;

import java.nio.file.Path;

import org.goodpractice.curation.AccountStore;
import org.goodpractice.curation.TdbAccountStore;
import picocli.CommandLine.Option;

/** Where the curation accounts are kept: never in the public store, by default beside it. */
final class AccountOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "TDB2 store directory whose accounts these are. Default: ${DEFAULT-VALUE}")
    Path store;

    @Option(names = "--accounts", paramLabel = "DIR",
            description = "Directory of the curation accounts (a TDB2 dataset apart from the public store). "
                    + "Default: STORE-curation beside the store directory")
    Path accounts;

    Path directory() {
        return accounts != null ? accounts : beside(store, "-curation");
    }

    AccountStore open() {
        return TdbAccountStore.open(directory());
    }

    /** {@code store}'s sibling named after it with {@code suffix}: where a store's own companions live. */
    static Path beside(Path store, String suffix) {
        Path absolute = store.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + suffix);
    }
}
