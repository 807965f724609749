import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.goodpractice.ingest.RecordChecker;
import org.goodpractice.ingest.RecordException;
import org.goodpractice.ingest.SourceText;
import org.goodpractice.ontology.Ontology;

/**
 * Thread CPU time to check one record as import does (parse, map, enrich, provenance, SHACL),
 * single-threaded, without a store; with {@code --dump DIR} it also writes each checked graph as
 * N-Triples (the clock fixed), and {@code --compare DIR DIR} tells whether two dumps hold
 * isomorphic graphs, so that a change to checking can be shown to leave the store content as it was.
 *
 * <pre>
 * java -cp target/goodpractice.jar bench/CheckCpu.java BASE ROUNDS DIR[,DIR...] [--dump OUT]
 * java -cp target/goodpractice.jar bench/CheckCpu.java --compare OUT1 OUT2
 * </pre>
 */
public class CheckCpu {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("--compare")) {
            compare(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        String base = args[0];
        int rounds = Integer.parseInt(args[1]);
        List<Path> files = new ArrayList<>();
        for (String dir : args[2].split(",")) {
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted()
                        .forEach(files::add);
            }
        }
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        RecordChecker checker = new RecordChecker(base, Ontology.load(base), clock);
        if (args.length > 4 && args[3].equals("--dump")) {
            Path out = Files.createDirectories(Path.of(args[4]));
            int refused = 0;
            for (Path file : files) {
                String name = file.toString().replaceAll("[^A-Za-z0-9._-]", "_");
                List<RecordChecker.Result> results;
                try {
                    results = checker.checkEach(SourceText.read(file), g -> false);
                } catch (RecordException e) {
                    Files.writeString(out.resolve(name + ".refused"), e.getMessage());
                    refused++;
                    continue;
                }
                int n = 0;
                for (RecordChecker.Result result : results) {
                    n++;
                    if (result instanceof RecordChecker.Checked checked) {
                        try (OutputStream o = Files.newOutputStream(out.resolve(name + "." + n + ".nt"))) {
                            RDFDataMgr.write(o, checked.model(), Lang.NTRIPLES);
                        }
                    } else {
                        Files.writeString(out.resolve(name + "." + n + ".refused"),
                                ((RecordChecker.Refused) result).error().getMessage());
                        refused++;
                    }
                }
            }
            System.out.println("dumped " + files.size() + " files, refused " + refused);
            return;
        }
        List<SourceText> sources = new ArrayList<>();
        for (Path file : files) {
            sources.add(SourceText.read(file));
        }
        for (SourceText source : sources) {
            checker.checkEach(source, g -> false);
        }
        double best = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long[] nanos = new long[sources.size()];
            long start = threads.getCurrentThreadCpuTime();
            long allocated = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < sources.size(); i++) {
                long s = threads.getCurrentThreadCpuTime();
                checker.checkEach(sources.get(i), g -> false);
                nanos[i] = threads.getCurrentThreadCpuTime() - s;
            }
            long total = threads.getCurrentThreadCpuTime() - start;
            allocated = threads.getCurrentThreadAllocatedBytes() - allocated;
            best = Math.min(best, total / 1e6 / sources.size());
            Arrays.sort(nanos);
            System.out.printf("round %d: CPU ms/record mean=%.3f p50=%.3f p95=%.3f KB/record=%.1f n=%d load=%s%n", r,
                    total / 1e6 / sources.size(), nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6,
                    allocated / 1024.0 / sources.size(), nanos.length, Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        }
        System.out.printf("best round: CPU ms/record mean=%.3f%n", best);
    }

    private static void compare(Path a, Path b) throws Exception {
        List<String> names;
        try (Stream<Path> list = Files.list(a)) {
            names = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        List<String> otherNames;
        try (Stream<Path> list = Files.list(b)) {
            otherNames = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        if (!names.equals(otherNames)) {
            System.out.println("DIFFERENT file lists: " + names.size() + " vs " + otherNames.size());
            return;
        }
        int different = 0;
        for (String name : names) {
            if (name.endsWith(".refused")) {
                if (!Files.readString(a.resolve(name)).equals(Files.readString(b.resolve(name)))) {
                    System.out.println("DIFFERENT refusal " + name);
                    different++;
                }
                continue;
            }
            Model x = ModelFactory.createDefaultModel();
            Model y = ModelFactory.createDefaultModel();
            RDFDataMgr.read(x, a.resolve(name).toString(), Lang.NTRIPLES);
            RDFDataMgr.read(y, b.resolve(name).toString(), Lang.NTRIPLES);
            if (!x.isIsomorphicWith(y)) {
                System.out.println("DIFFERENT graph " + name);
                different++;
            }
        }
        System.out.println(names.size() + " files compared, " + different + " different");
    }
}
