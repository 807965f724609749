import java.lang.management.ManagementFactory;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.goodpractice.search.SearchEngine;
import org.goodpractice.search.SearchIndex;
import org.goodpractice.search.SearchRequest;
import org.goodpractice.store.TdbStore;

/**
 * Thread CPU time per search, in-process, over the paths files run.sh writes (fulltext.txt,
 * faceted.txt): on a shared machine CPU time is disturbed far less than wall-clock latency, so two
 * builds can be compared run against run. The store must not be served meanwhile.
 *
 * <pre>
 * java -cp target/goodpractice.jar bench/SearchCpu.java STORE INDEX BASE ROUNDS PATHS...
 * </pre>
 */
public class SearchCpu {
    public static void main(String[] args) throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        int rounds = Integer.parseInt(args[3]);
        try (TdbStore store = TdbStore.open(Path.of(args[0]));
             SearchIndex index = SearchIndex.open(store, args[2], Path.of(args[1]))) {
            index.awaitCurrent(Duration.ofMinutes(10));
            SearchEngine engine = new SearchEngine(index);
            for (String file : Arrays.copyOfRange(args, 4, args.length)) {
                List<SearchRequest> requests = new ArrayList<>();
                for (String line : Files.readAllLines(Path.of(file))) {
                    requests.add(SearchRequest.parse(params(line)));
                }
                for (int r = 0; r < rounds; r++) {
                    requests.forEach(engine::search);
                }
                long[] nanos = new long[requests.size() * rounds];
                int i = 0;
                for (int r = 0; r < rounds; r++) {
                    for (SearchRequest request : requests) {
                        long start = threads.getCurrentThreadCpuTime();
                        engine.search(request);
                        nanos[i++] = threads.getCurrentThreadCpuTime() - start;
                    }
                }
                Arrays.sort(nanos);
                System.out.printf("%s CPU ms p50=%.2f p95=%.2f n=%d load=%s%n", Path.of(file).getFileName(),
                        nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6, nanos.length,
                        Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
            }
        }
    }

    private static Map<String, List<String>> params(String path) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            params.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }
}
