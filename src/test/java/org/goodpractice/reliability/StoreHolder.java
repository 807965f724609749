package org.goodpractice.reliability;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.goodpractice.store.TdbStore;

/** Holds a store open in its own process, as {@code serve} does, until it is killed: {@code StoreHolder DIR}. */
public final class StoreHolder {
    private StoreHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        try (TdbStore store = TdbStore.open(Path.of(args[0]))) {
            store.version();
            System.out.println("holding");
            System.out.flush();
            // Nothing counts this down: the process waits here until the test kills it.
            new CountDownLatch(1).await();
        }
    }
}
