package org.goodpractice.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.goodpractice.Lazy;
import org.goodpractice.curation.AccountStore;
import org.goodpractice.curation.TdbAccountStore;
import org.goodpractice.sparql.Queries;
import org.goodpractice.history.TdbHistory;
import org.goodpractice.ingest.Importer;
import org.goodpractice.search.SearchIndex;
import org.goodpractice.server.GoodPracticeServer;
import org.goodpractice.store.SparqlStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serve}: HTML pages and the SPARQL endpoint on one port, importing {@code data/} into an empty store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the HTML pages and the SPARQL endpoint. An empty store is first filled from the sample data.")
final class ServeCommand implements Callable<Integer> {
    /** Loaded when a server starts, not whenever the command line is read (every import reads it). */
    private static final Lazy<Query> HAS_RECORDS_UNDER_BASE = Lazy.of(() -> Queries.load("has-records-under-base"));

    @Mixin
    StoreOptions options;

    @Option(names = "--port", paramLabel = "N", defaultValue = "${env:PORT:-8080}",
            description = "Port to listen on (also env PORT). Default: 8080")
    int port;

    @Option(names = "--web-address", paramLabel = "URL",
            description = "Where this node is served, when not at the dataset base: pages, links and redirects use it, "
                    + "RDF keeps the dataset's IRIs. Default: the base, or http://localhost:PORT/ for a localhost base on another port")
    String webAddress;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Sample data imported when the store is empty. Default: ${DEFAULT-VALUE}")
    Path data;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Public SPARQL queries stop after this many seconds. Default: ${DEFAULT-VALUE}")
    long queryTimeout;

    @Option(names = "--update-timeout", paramLabel = "SECONDS",
            description = "Admin updates are rolled back after this many seconds. Default: the query timeout")
    Long updateTimeout;

    @Option(names = "--result-limit", paramLabel = "N", defaultValue = "10000",
            description = "Public SPARQL queries return at most N solutions. Default: ${DEFAULT-VALUE}")
    long resultLimit;

    @Option(names = "--max-concurrent-queries", paramLabel = "N", defaultValue = "4",
            description = "At most N public SPARQL requests run at once; more get 503. Default: ${DEFAULT-VALUE}")
    int maxConcurrentQueries;

    @Option(names = "--admin-password-file", paramLabel = "FILE",
            description = "Enable SPARQL Update and Graph Store writes under /admin for user 'admin' with the "
                    + "password on the first line of FILE. Without it the server is read-only.")
    Path adminPasswordFile;

    @Option(names = "--prepare-pages", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Prepare every practice page in the background after start and after each change, "
                    + "so no visitor waits for a first view (--no-prepare-pages: on demand only). Default: on")
    boolean preparePages;

    @Option(names = "--page-cache-mb", paramLabel = "MB", defaultValue = "96",
            description = "Heap the cached practice pages may take (estimated); pages beyond it are made on demand. Default: ${DEFAULT-VALUE}")
    long pageCacheMb;

    @Option(names = "--index", paramLabel = "DIR",
            description = "Search index directory, kept in step with the store across restarts. "
                    + "Default: STORE-index beside the store directory")
    Path indexDir;

    @Option(names = "--accounts", paramLabel = "DIR",
            description = "Curation accounts (a TDB2 directory apart from the public store; add them with 'user add'). "
                    + "Default: STORE-curation beside the store directory; with a remote store, no sign-in unless given")
    Path accountsDir;

    @Option(names = "--history", paramLabel = "DIR",
            description = "Where every record's versions are kept (a TDB2 directory apart from the store), shown at "
                    + "/practice/ID/history. Default: STORE-history beside the store directory; with a remote store, "
                    + "no history unless given")
    Path historyDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (SparqlStore store = options.open()) {
            StoreWait.untilReachable(store, options.describe(), err);
            String baseUri;
            try {
                baseUri = DatasetBase.choose(store, options.givenBase(), "http://localhost:" + port + "/");
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return 2;
            }
            // The index reads its concepts from the store (a second on a cold JVM) while the history opens and the derived graphs are checked.
            CompletableFuture<SearchIndex> opening = CompletableFuture.supplyAsync(() -> openIndex(store, baseUri));
            TdbHistory history = options.openHistory(historyDir);
            // Reads the ontology and the gazetteer only when it has work to do: at a start in step, none.
            Importer importer = new Importer(store, baseUri);
            if (history != null) {
                importer.history(history);
            }
            boolean empty = store.isEmpty();
            if (!empty) {
                importer.repairUnlessInStep();
                warnIfOtherBase(store, baseUri, err);
            }
            SearchIndex index = opened(opening);
            if (empty) {
                fillFromSampleData(importer, out, err);
            }
            String web = webAddress(baseUri);
            GoodPracticeServer.Builder builder = GoodPracticeServer.create().store(store).baseUri(baseUri).webAddress(web).port(port)
                    .queryTimeout(Duration.ofSeconds(queryTimeout)).resultLimit(resultLimit)
                    .maxConcurrentQueries(maxConcurrentQueries).searchIndex(index).preparePages(preparePages)
                    .pageCacheBytes(pageCacheMb << 20);
            if (updateTimeout != null) {
                builder.updateTimeout(Duration.ofSeconds(updateTimeout));
            }
            if (adminPasswordFile != null) {
                builder.adminPasswordFile(adminPasswordFile);
            }
            if (history != null) {
                builder.history(history);
            }
            builder.importer(importer);
            AccountStore accounts = openAccounts();
            if (accounts != null) {
                builder.accounts(accounts);
            }
            GoodPracticeServer server = builder.build().start();
            out.printf("Serving %s (pages at %s, SPARQL at %ssparql); store %s. Ctrl-C stops.%n",
                    baseUri, web, web, options.describe());
            out.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                index.close();
                if (accounts != null) {
                    accounts.close();
                }
                if (history != null) {
                    history.close();
                }
                stopped.countDown();
            }));
            stopped.await();
        }
        return 0;
    }

    /** A node of a remote store keeps no state of its own unless told where: it indexes at start. */
    private SearchIndex openIndex(SparqlStore store, String baseUri) {
        return options.remote() && indexDir == null ? SearchIndex.build(store, baseUri) : SearchIndex.open(store, baseUri, indexDirectory());
    }

    private static SearchIndex opened(CompletableFuture<SearchIndex> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * A store imported with the defaults names {@code http://localhost:8080/}; served on another
     * port, its pages must link to the port they are served on, or every link would miss.
     */
    private String webAddress(String baseUri) {
        if (webAddress != null) {
            return webAddress.endsWith("/") ? webAddress : webAddress + "/";
        }
        URI base = URI.create(baseUri);
        boolean local = "localhost".equals(base.getHost()) || "127.0.0.1".equals(base.getHost());
        return local && base.getPort() != port ? "http://localhost:" + port + "/" : baseUri;
    }

    private AccountStore openAccounts() {
        if (accountsDir == null && options.remote()) {
            return null;
        }
        return TdbAccountStore.open(accountsDir != null ? accountsDir : AccountOptions.beside(options.store, "-curation"));
    }

    private Path indexDirectory() {
        if (indexDir != null) {
            return indexDir;
        }
        return AccountOptions.beside(options.store, "-index");
    }

    private void fillFromSampleData(Importer importer, PrintWriter out, PrintWriter err) {
        if (!Files.isDirectory(data)) {
            err.printf("The store is empty and there is no %s directory to fill it from; serving an empty repository.%n", data);
            importer.loadOntology();
            return;
        }
        out.printf("The store is empty: importing %s first.%n", data);
        ImportCommand.run(importer, List.of(data), out, err, false);
    }

    private static void warnIfOtherBase(SparqlStore store, String baseUri, PrintWriter err) {
        Query ask = Queries.bind(HAS_RECORDS_UNDER_BASE.get(), Map.of("base", NodeFactory.createLiteralString(baseUri + "id/")));
        if (!store.ask(ask)) {
            err.printf("Warning: the store holds no practice under %s; it was imported with another base URI. "
                    + "Serve with that --base-uri, or re-import with --base-uri %s.%n", baseUri, baseUri);
        }
    }
}
