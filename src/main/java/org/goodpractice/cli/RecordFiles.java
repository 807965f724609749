package org.goodpractice.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.goodpractice.ingest.Importer;
import org.goodpractice.ingest.RecordFormats;
import org.goodpractice.ontology.Ontology;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** The record files {@code import} and {@code validate} read, and how to read them. */
final class RecordFiles {
    @Option(names = "--kind", paramLabel = "KIND", defaultValue = RecordFormats.AUTO,
            completionCandidates = Kinds.class, converter = Kinds.class,
            description = "The record format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, which decides per file by its shape)")
    String kind;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Record files or directories of them")
    List<Path> paths;

    /** Every file named, and every file under every directory named, in name order. */
    List<Path> files() {
        return Importer.expand(paths);
    }

    /** The kinds the registry of record formats holds, for help and for checking {@code --kind}. */
    static final class Kinds implements Iterable<String>, ITypeConverter<String> {
        private static List<String> names;

        private static synchronized List<String> names() {
            if (names == null) {
                String base = StoreOptions.DEFAULT_BASE;
                List<String> all = new ArrayList<>(List.of(RecordFormats.AUTO));
                all.addAll(RecordFormats.standard(base, Ontology.load(base)).names());
                names = List.copyOf(all);
            }
            return names;
        }

        @Override
        public Iterator<String> iterator() {
            return names().iterator();
        }

        @Override
        public String convert(String value) {
            // The default needs no formats built: building them loads the ontology and gazetteer, which --version need not.
            if (!RecordFormats.AUTO.equals(value) && !names().contains(value)) {
                throw new TypeConversionException("unknown kind '" + value + "'; expected one of " + String.join(", ", names()));
            }
            return value;
        }
    }
}
