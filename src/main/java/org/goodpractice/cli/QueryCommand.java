package org.goodpractice.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.goodpractice.store.SparqlStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code query}: runs a SPARQL query against the local store and prints the answer. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL 1.1 query on the store (the default graph is the union of all graphs).")
final class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, tsv, json, turtle }

    @Mixin
    StoreOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv, json (SELECT/ASK; JSON-LD for CONSTRUCT) or turtle (CONSTRUCT/DESCRIBE). Default: table")
    Format format;

    @Parameters(paramLabel = "SPARQL", description = "The query text")
    String queryText;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Query query;
        try {
            query = QueryFactory.create(queryText);
        } catch (QueryParseException e) {
            err.println("The query is not valid SPARQL: " + e.getMessage());
            return 2;
        }
        OutputStream out = new PrintWriterOutputStream(spec.commandLine().getOut());
        try (SparqlStore store = options.open()) {
            if (query.isSelectType()) {
                store.select(query, rs -> {
                    switch (format) {
                        case csv -> ResultSetFormatter.outputAsCSV(out, rs);
                        case tsv -> ResultSetFormatter.outputAsTSV(out, rs);
                        case json -> ResultSetFormatter.outputAsJSON(out, rs);
                        default -> ResultSetFormatter.out(out, rs, query);
                    }
                    return null;
                });
            } else if (query.isAskType()) {
                boolean answer = store.ask(query);
                switch (format) {
                    case json -> ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(out, answer);
                    default -> new PrintWriter(out, true).println(answer ? "yes" : "no");
                }
            } else {
                Model model = store.construct(query);
                RDFDataMgr.write(out, model, format == Format.json ? Lang.JSONLD : Lang.TURTLE);
            }
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
