package org.goodpractice.ingest;

import java.nio.file.Path;
import java.util.List;

/** What happened to one file of an import run. */
public sealed interface ImportOutcome {
    Path file();

    /** The record was written to the store, replacing any earlier version of it; warnings say what did not resolve. */
    record Imported(Path file, String id, String title, String graph, List<String> warnings) implements ImportOutcome {
        public Imported {
            warnings = List.copyOf(warnings);
        }
    }

    /** The store already holds this record from the same file content, imported by the same importer version. */
    record Unchanged(Path file, String id, String graph) implements ImportOutcome {
    }

    /** The record was refused; nothing of it was written. */
    record Failed(Path file, RecordException error) implements ImportOutcome {
    }
}
