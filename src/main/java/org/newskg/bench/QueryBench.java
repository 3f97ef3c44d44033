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
 * The benchmark's query client (bench/run): sends every saved query ({@code queries/*.rq}) to one or
 * more SPARQL endpoints over HTTP, the same way to each, and prints each query's p50 and p99 latency
 * per endpoint over the measured rounds, with its number of result rows (so the servers can be
 * checked to answer alike). Not part of NewsKG's command line.
 *
 * <p>With several endpoints the requests are interleaved: every query goes to each server in turn,
 * the first of them rotating from round to round. The servers then see the same machine (other load,
 * the CPU clock, the client's own JIT and GC) at the same moments, so a slow spell cannot land on
 * one of them only. Measured one server after the other (30 rounds each), the ratios of the saved
 * queries' p99 ranged 0.99-1.85 from run to run; two identical Fusekis taking turns (300 rounds)
 * still differ by up to 1.36 times on one query's p99, but by 0.99-1.01 on all queries pooled.
 *
 * <pre>
 * java -cp ... org.newskg.bench.QueryBench QUERIES_DIR WARMUP_ROUNDS ROUNDS LABEL=ENDPOINT [LABEL=ENDPOINT ...]
 * </pre>
 *
 * Output, per endpoint one line per query and one for all of them: {@code label name p50_ms p99_ms rows}.
 */
public final class QueryBench {
    private QueryBench() {}

    /** A server under test: its label in the output and its SPARQL endpoint. */
    record Endpoint(String label, URI uri) {
        static Endpoint parse(String arg) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("an endpoint is LABEL=URL, not " + arg);
            }
            return new Endpoint(arg.substring(0, eq), URI.create(arg.substring(eq + 1)));
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: QueryBench QUERIES_DIR WARMUP_ROUNDS ROUNDS LABEL=ENDPOINT [LABEL=ENDPOINT ...]");
            System.exit(2);
        }
        Map<String, String> queries = savedQueries(Path.of(args[0]));
        int warmup = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        List<Endpoint> endpoints = Arrays.stream(args, 3, args.length).map(Endpoint::parse).toList();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        // times.get(endpoint).get(query): the measured latencies in ms
        List<Map<String, List<Double>>> times = new ArrayList<>();
        List<Map<String, Integer>> rows = new ArrayList<>();
        for (int e = 0; e < endpoints.size(); e++) {
            times.add(new LinkedHashMap<>());
            rows.add(new LinkedHashMap<>());
        }
        for (int r = 0; r < warmup + rounds; r++) {
            for (Map.Entry<String, String> q : queries.entrySet()) {
                for (int k = 0; k < endpoints.size(); k++) {
                    int e = (k + r) % endpoints.size();    // who goes first rotates with the round
                    long t0 = System.nanoTime();
                    String body = run(http, endpoints.get(e).uri(), q.getValue());
                    double ms = (System.nanoTime() - t0) / 1e6;
                    if (r >= warmup) {
                        times.get(e).computeIfAbsent(q.getKey(), x -> new ArrayList<>()).add(ms);
                    } else if (r == 0) {
                        rows.get(e).put(q.getKey(), rowCount(body));
                    }
                }
            }
        }
        for (int e = 0; e < endpoints.size(); e++) {
            String label = endpoints.get(e).label();
            List<Double> all = new ArrayList<>();
            for (Map.Entry<String, List<Double>> t : times.get(e).entrySet()) {
                all.addAll(t.getValue());
                System.out.printf(Locale.ROOT, "%s %s %.2f %.2f %d%n", label, t.getKey(),
                        pct(t.getValue(), 50), pct(t.getValue(), 99), rows.get(e).get(t.getKey()));
            }
            System.out.printf(Locale.ROOT, "%s ALL %.2f %.2f %d%n", label, pct(all, 50), pct(all, 99),
                    rows.get(e).values().stream().mapToInt(Integer::intValue).sum());
        }
    }

    private static Map<String, String> savedQueries(Path dir) throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                queries.put(p.getFileName().toString().replaceFirst("\\.rq$", ""), Files.readString(p));
            }
        }
        return queries;
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

    /** The p-th percentile (nearest rank). */
    static double pct(List<Double> values, double p) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        int rank = (int) Math.ceil(p / 100.0 * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }
}
