package org.newskg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark's query client (bench/run): sends every saved query ({@code queries/*.rq}) to a
 * SPARQL endpoint over HTTP, the same way to any server, and prints each query's latency, p50 and
 * p99 over the measured rounds, and its number of result rows (so two servers can be checked to
 * answer alike). Not part of NewsKG's command line.
 *
 * <pre>
 * java -cp ... org.newskg.bench.QueryBench ENDPOINT QUERIES_DIR [WARMUP_ROUNDS] [ROUNDS]
 * java -cp ... org.newskg.bench.QueryBench --wait ENDPOINT SECONDS   # exits 0 once the endpoint answers
 * </pre>
 *
 * Output, one line per query and one for all of them: {@code name p50_ms p99_ms rows}.
 */
public final class QueryBench {
    private static final String PROBE = "ASK {}";

    private QueryBench() {}

    public static void main(String[] args) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        if (args.length == 3 && args[0].equals("--wait")) {
            System.exit(waitFor(http, URI.create(args[1]), Double.parseDouble(args[2])) ? 0 : 1);
        }
        if (args.length < 2) {
            System.err.println("usage: QueryBench ENDPOINT QUERIES_DIR [WARMUP_ROUNDS] [ROUNDS] | --wait ENDPOINT SECONDS");
            System.exit(2);
        }
        URI endpoint = URI.create(args[0]);
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        Map<String, String> queries = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(Path.of(args[1]))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                queries.put(p.getFileName().toString().replaceFirst("\\.rq$", ""), Files.readString(p));
            }
        }
        Map<String, List<Double>> times = new LinkedHashMap<>();
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (int r = 0; r < warmup + rounds; r++) {
            for (Map.Entry<String, String> q : queries.entrySet()) {
                long t0 = System.nanoTime();
                String body = run(http, endpoint, q.getValue());
                double ms = (System.nanoTime() - t0) / 1e6;
                if (r >= warmup) {
                    times.computeIfAbsent(q.getKey(), k -> new ArrayList<>()).add(ms);
                } else if (r == 0) {
                    rows.put(q.getKey(), rowCount(body));
                }
            }
        }
        List<Double> all = new ArrayList<>();
        for (Map.Entry<String, List<Double>> e : times.entrySet()) {
            all.addAll(e.getValue());
            System.out.printf(Locale.ROOT, "%s %.2f %.2f %d%n", e.getKey(), pct(e.getValue(), 50), pct(e.getValue(), 99), rows.get(e.getKey()));
        }
        System.out.printf(Locale.ROOT, "ALL %.2f %.2f %d%n", pct(all, 50), pct(all, 99), rows.values().stream().mapToInt(Integer::intValue).sum());
    }

    private static String run(HttpClient http, URI endpoint, String query) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            throw new IOException(endpoint + " answered " + res.statusCode() + ": " + res.body());
        }
        return res.body();
    }

    private static int rowCount(String json) throws IOException {
        JsonNode n = new ObjectMapper().readTree(json);
        JsonNode b = n.path("results").path("bindings");
        return b.isArray() ? b.size() : (n.has("boolean") ? 1 : 0);
    }

    private static boolean waitFor(HttpClient http, URI endpoint, double seconds) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            try {
                run(http, endpoint, PROBE);
                return true;
            } catch (IOException e) {
                Thread.sleep(20);
            }
        }
        return false;
    }

    /** The p-th percentile (nearest rank). */
    static double pct(List<Double> values, double p) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        int rank = (int) Math.ceil(p / 100.0 * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }
}
