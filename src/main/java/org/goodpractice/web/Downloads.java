package org.goodpractice.web;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.goodpractice.search.Concept;
import org.goodpractice.search.Facet;
import org.goodpractice.search.Hit;
import org.goodpractice.sparql.Queries;
import org.goodpractice.store.SparqlStore;
import org.goodpractice.vocab.Prefixes;

/**
 * The records of a search as files: CSV (one row per record, RFC 4180) from the index, and
 * Turtle with each record's full description from the store.
 */
final class Downloads {
    private static final Query DESCRIBE = Queries.load("practice");
    private static final Var RECORD = Var.alloc("practice");
    private static final List<String> COLUMNS = List.of("id", "type", "title", "priority", "sub_theme", "country",
            "region", "locality", "start_date", "page", "iri");

    private final SparqlStore store;
    private final ResourcePaths paths;

    Downloads(SparqlStore store, ResourcePaths paths) {
        this.store = requireNonNull(store, "store");
        this.paths = requireNonNull(paths, "paths");
    }

    void csv(List<Hit> hits, OutputStream out) {
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write(String.join(",", COLUMNS) + "\r\n");
            for (Hit hit : hits) {
                String page = paths.absolute(HitView.href(hit));
                w.write(Stream.of(hit.key(), hit.kind().key(), hit.title(), label(hit, Facet.PRIORITY),
                        label(hit, Facet.SUB_THEME), label(hit, Facet.COUNTRY), label(hit, Facet.REGION),
                        hit.locality() == null ? "" : hit.locality().label(),
                        hit.start() == null ? "" : hit.start().toString(), page, hit.iri())
                        .map(Downloads::field).collect(Collectors.joining(",")) + "\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write CSV", e);
        }
    }

    void turtle(List<Hit> hits, OutputStream out) {
        Model model = describe(hits);
        model.setNsPrefixes(Prefixes.COMMON);
        RDFDataMgr.write(out, model, Lang.TURTLE);
    }

    /** One query for all records: the description query with a VALUES block of their IRIs. */
    private Model describe(List<Hit> hits) {
        Query query = DESCRIBE.cloneQuery();
        List<Binding> rows = hits.stream().map(h -> BindingFactory.binding(RECORD, NodeFactory.createURI(h.iri()))).toList();
        query.setValuesDataBlock(List.of(RECORD), rows);
        return store.construct(query);
    }

    private static String label(Hit hit, Facet facet) {
        return hit.concept(facet).map(Concept::label).orElse("");
    }

    /**
     * A CSV field, quoted when it must be (RFC 4180). A value a spreadsheet would run as a formula
     * (starting with =, +, -, @, tab or carriage return) is written after an apostrophe (OWASP's
     * advice), so that it shows as text.
     */
    static String field(String value) {
        String v = Objects.toString(value, "");
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.startsWith("'")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
