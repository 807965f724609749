package org.goodpractice.web;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.goodpractice.store.SparqlStore;

/**
 * Runs a query sent from the query page without JavaScript and gives its answer as a table the
 * page shows: SELECT solutions, the ASK answer, or the triples of CONSTRUCT/DESCRIBE. It asks
 * the store the site's query form reaches (under the public endpoint's limits) and shows at most
 * {@link #ROWS} rows; the endpoint serves the rest.
 *
 * <pre>
 * QueryForm.Table table = new QueryForm(formStore).run("SELECT * { ?s ?p ?o } LIMIT 3");
 * </pre>
 */
public final class QueryForm {
    static final int ROWS = 1_000;

    /** One cell: its text and, for an IRI, where it links. */
    public record Cell(String text, String href) {
    }

    /**
     * The answer: column names and rows, or an error message; {@code truncated} when there were
     * more rows than are shown.
     */
    public record Table(List<String> columns, List<List<Cell>> rows, boolean truncated, String error) {
        static Table failed(String message) {
            return new Table(List.of(), List.of(), false, message);
        }

        /** How many rows are shown. */
        public int shown() {
            return rows.size();
        }
    }

    private final SparqlStore store;

    public QueryForm(SparqlStore store) {
        this.store = requireNonNull(store, "store");
    }

    /** The answer to {@code text}; a query that does not parse or calls out gets a table with the error. */
    Table run(String text) {
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            return Table.failed("The query is not valid SPARQL: " + e.getMessage());
        }
        if (callsOut(query)) {
            return Table.failed("Federated queries (SERVICE) are not run here.");
        }
        if (query.isAskType()) {
            return new Table(List.of("answer"), List.of(List.of(new Cell(Boolean.toString(store.ask(query)), null))), false, null);
        }
        Query capped = query.cloneQuery();
        if (!capped.hasLimit() || capped.getLimit() > ROWS) {
            capped.setLimit(ROWS + 1);
        }
        if (query.isSelectType()) {
            return store.select(capped, QueryForm::solutions);
        }
        return triples(store.construct(capped));
    }

    private static Table solutions(ResultSet rs) {
        List<String> columns = rs.getResultVars();
        List<List<Cell>> rows = new ArrayList<>();
        while (rs.hasNext() && rows.size() <= ROWS) {
            var solution = rs.next();
            rows.add(columns.stream().map(c -> cell(solution.get(c))).toList());
        }
        return limited(columns, rows);
    }

    private static Table triples(Model model) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Statement s : model.listStatements().toList()) {
            if (rows.size() > ROWS) {
                break;
            }
            rows.add(List.of(cell(s.getSubject()), cell(s.getPredicate()), cell(s.getObject())));
        }
        return limited(List.of("subject", "predicate", "object"), rows);
    }

    private static Table limited(List<String> columns, List<List<Cell>> rows) {
        boolean truncated = rows.size() > ROWS;
        return new Table(columns, truncated ? rows.subList(0, ROWS) : rows, truncated, null);
    }

    private static Cell cell(RDFNode node) {
        if (node == null) {
            return new Cell("", null);
        }
        if (node.isURIResource()) {
            String iri = node.asResource().getURI();
            return new Cell(iri, iri.startsWith("http://") || iri.startsWith("https://") ? iri : null);
        }
        if (node.isAnon()) {
            return new Cell("_:" + node.asResource().getId().getLabelString(), null);
        }
        var literal = node.asLiteral();
        String language = literal.getLanguage();
        return new Cell(literal.getLexicalForm() + (language.isEmpty() ? "" : " @" + language), null);
    }

    private static boolean callsOut(Query query) {
        if (query.getQueryPattern() == null) {
            return false;
        }
        boolean[] service = {false};
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                service[0] = true;
            }
        });
        return service[0];
    }
}
