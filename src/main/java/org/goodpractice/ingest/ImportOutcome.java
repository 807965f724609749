package org.goodpractice.ingest;

import java.nio.file.Path;

/** What happened to one file of an import run. */
public sealed interface ImportOutcome {
    Path file();

    /** The record was written to the store, replacing any earlier version of it. */
    record Imported(Path file, String id, String title, String graph) implements ImportOutcome {
    }

    /** The record was refused; nothing of it was written. */
    record Failed(Path file, RecordException error) implements ImportOutcome {
    }
}
