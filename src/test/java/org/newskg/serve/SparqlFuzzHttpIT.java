package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.serve.ServeFixture.enc;
import static org.newskg.serve.ServeFixture.mediaType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.query.SavedQueries;
import org.newskg.query.SavedQuery;

/**
 * 1,000 malformed or random requests, made deterministically (fixed seed) by mutating the saved
 * queries and a few protocol examples, sent over real HTTP to {@code newskg serve} over the sample
 * graph: every one is answered with a 4xx and a message, or with 200 when the mutation happens to
 * leave a valid query, and then with the right answer (compared with Jena's general in-memory engine
 * over the same data); never with a 5xx. The server still answers {@code /$/ping} afterwards.
 *
 * <p>Mutations: delete, duplicate and swap tokens, truncate, random characters and bytes, bad IRIs,
 * undefined and broken prefixes, unbalanced brackets, huge numbers; and around the query: wrong
 * content types, bad percent-encoding, a missing or empty query parameter, bad protocol parameters
 * (format, timeout, default-graph-uri), odd Accept headers, unknown saved-query names.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparqlFuzzHttpIT {
    static final long SEED = 20_260_307L;
    static final int REQUESTS = 1_000;

    private ServeFixture fixture;
    private ServeClient http;
    /** The oracle: the sample graph in memory, its default graph the union, queried by ARQ's general engine. */
    private DatasetGraph oracle;
    private List<String> seeds;

    private org.apache.logging.log4j.Level fusekiLevel;

    @BeforeAll
    void start(@TempDir Path dir) {
        // A thousand parse errors would be a thousand WARN lines; the test reports what matters.
        fusekiLevel = org.apache.logging.log4j.LogManager.getLogger("org.apache.jena.fuseki").getLevel();
        org.apache.logging.log4j.core.config.Configurator.setLevel("org.apache.jena.fuseki", org.apache.logging.log4j.Level.ERROR);
        fixture = ServeFixture.start(dir);
        http = fixture.client();
        oracle = DatasetGraphFactory.createTxnMem();
        DatasetGraph sample = ServeFixture.sampleDataset().asDatasetGraph();
        sample.find().forEachRemaining(q -> {
            oracle.add(q);
            oracle.getDefaultGraph().add(q.asTriple());
        });
        seeds = new ArrayList<>(new SavedQueries(Path.of("queries")).list().stream().map(SavedQuery::sparql).toList());
        seeds.add("PREFIX nkg: <https://w3id.org/newskg/ontology#>\n"
                + "ASK { <https://w3id.org/newskg/id/entity/ilsa-marenko> nkg:leaderOf <https://w3id.org/newskg/id/entity/valdoria> }");
        seeds.add("PREFIX nkg: <https://w3id.org/newskg/ontology#>\nCONSTRUCT { ?s nkg:leaderOf ?o } WHERE { ?s nkg:leaderOf ?o }");
        seeds.add("DESCRIBE <https://w3id.org/newskg/id/entity/valdoria>");
        // Two saved queries as first written, before they were bent around apache/jena#3751: valid
        // queries that Jena 6.0.0's TDB2 fails on (HTTP 500) without NewsKG's workaround.
        seeds.addAll(Jena3751HttpIT.NATURAL_QUERIES);
        seeds.add("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "SELECT ?e ?label WHERE { ?e skos:prefLabel ?label FILTER(LANG(?label) = \"en\") } ORDER BY ?label LIMIT 5 OFFSET 2");
    }

    @AfterAll
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
        org.apache.logging.log4j.core.config.Configurator.setLevel("org.apache.jena.fuseki", fusekiLevel);
    }

    // ---- the requests ---------------------------------------------------------------------------

    /** One fuzzed request: how it is sent, and the query text when the server sees exactly it. */
    record Fuzz(String kind, String method, String target, Map<String, String> headers, byte[] body, String query,
                boolean checkAnswer) {
        String describe() {
            String shown = body == null ? target : target + " [" + new String(body, StandardCharsets.UTF_8) + "]";
            return kind + ": " + method + " " + (shown.length() > 300 ? shown.substring(0, 300) + "..." : shown);
        }
    }

    private static final Pattern TOKEN = Pattern.compile(
            "<[^<>\"{}|^`\\\\\\x00-\\x20]*>|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'|[?$][A-Za-z0-9_]+"
                    + "|[A-Za-z][\\w-]*:[\\w.-]*|:[\\w.-]*|[+-]?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|[A-Za-z_]+|#[^\\n]*|\\s+|.",
            Pattern.DOTALL);

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static int solidToken(List<String> t, Random r) {
        for (int tries = 0; tries < 50; tries++) {
            int i = r.nextInt(t.size());
            if (!t.get(i).isBlank()) {
                return i;
            }
        }
        return r.nextInt(t.size());
    }

    private static int tokenMatching(List<String> t, Random r, Pattern p) {
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (p.matcher(t.get(i)).matches()) {
                hits.add(i);
            }
        }
        return hits.isEmpty() ? solidToken(t, r) : hits.get(r.nextInt(hits.size()));
    }

    private static final String[] BAD_IRIS = {"<http://exa mple/x>", "<>", "<{}|^`>", "<http://[::1>", "<urn:x:\u0000>",
        "<http://example/\\u00>", "<" + "a".repeat(5000) + ">", "<javascript:alert(1)>", "<file:///etc/passwd>", "<../../x>"};
    private static final String[] HUGE = {"99999999999999999999999999999999", "-99999999999999999999", "1e999999",
        "\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>", "9".repeat(400), "0x7fffffff", "1.7976931348623157E309",
        "\"99999999999999999999\"^^<http://www.w3.org/2001/XMLSchema#int>", "\"not a date\"^^<http://www.w3.org/2001/XMLSchema#date>"};
    private static final String[] JUNK = {"{", "}", "(", ")", "[", "]", "{{{{", "}}}}", "((((", ".", ";", ",", "*", "?", "$",
        "PREFIX", "SELECT", "WHERE", "FILTER", "OPTIONAL", "UNION", "GRAPH", "SERVICE <http://127.0.0.1:1/sparql>", "LOAD <file:///etc/passwd>",
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "DROP ALL", ";", "\\", "\"", "'", "\"\"\"", "#", "^^", "@en-", "_:b", "[]",
        "VALUES", "BIND(", "AS", "GROUP BY", "HAVING", "ORDER BY", "LIMIT", "OFFSET", "\u00e9\u00e8", "\u202e", "\ud83d\ude00", "\u0000",
        "\u0007", "%00", "&&", "||", "!", "<=", "a", "/", "|", "+", "^", "*/", "/*", "regex(?x, \"(a+)+$\")"};

    /** Mutates the text of a query: 1 to 3 changes. */
    static String mutate(String q, Random r) {
        List<String> t = new ArrayList<>(tokens(q));
        int changes = 1 + r.nextInt(3);
        for (int c = 0; c < changes && !t.isEmpty(); c++) {
            switch (r.nextInt(11)) {
                case 0 -> t.remove(solidToken(t, r));
                case 1 -> {
                    int i = solidToken(t, r);
                    t.add(i, t.get(i));
                }
                case 2 -> {
                    int i = solidToken(t, r);
                    int j = solidToken(t, r);
                    String x = t.get(i);
                    t.set(i, t.get(j));
                    t.set(j, x);
                }
                case 3 -> {
                    String s = String.join("", t);
                    s = s.substring(0, r.nextInt(s.length() + 1));
                    t = new ArrayList<>(tokens(s));
                }
                case 4 -> {
                    StringBuilder junk = new StringBuilder();
                    for (int k = 1 + r.nextInt(8); k > 0; k--) {
                        int cp = r.nextInt(4) == 0 ? r.nextInt(0x2FFFF) : 0x20 + r.nextInt(0x5F);
                        if (Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                            junk.appendCodePoint(cp);
                        }
                    }
                    t.add(r.nextInt(t.size() + 1), junk.toString());
                }
                case 5 -> t.set(tokenMatching(t, r, Pattern.compile("<.*>")), BAD_IRIS[r.nextInt(BAD_IRIS.length)]);
                case 6 -> {
                    int i = tokenMatching(t, r, Pattern.compile("[A-Za-z][\\w-]*:[\\w.-]*"));
                    String[] bad = {"zz:undefined", "nkg :x", ":", "nkg:", "PREFIX : <", "PREFIX nkg: <https://w3id.org/newskg/ontology#>\nPREFIX nkg: <",
                        "1nkg:x", "nkg:x:y:z", "nkg:-x", "\u00e9:x"};
                    t.set(i, bad[r.nextInt(bad.length)]);
                }
                case 7 -> {
                    String b = "{}()[]".charAt(r.nextInt(6)) + "";
                    if (r.nextBoolean()) {
                        t.add(r.nextInt(t.size() + 1), b);
                    } else {
                        t.remove(tokenMatching(t, r, Pattern.compile("[{}()\\[\\]]")));
                    }
                }
                case 8 -> {
                    if (r.nextBoolean()) {
                        t.set(tokenMatching(t, r, Pattern.compile("[+-]?\\d+.*")), HUGE[r.nextInt(HUGE.length)]);
                    } else {
                        t.add(" LIMIT " + HUGE[r.nextInt(4)] + " OFFSET " + (r.nextBoolean() ? "-1" : HUGE[r.nextInt(4)]));
                    }
                }
                case 9 -> t.add(r.nextInt(t.size() + 1), " " + JUNK[r.nextInt(JUNK.length)] + " ");
                default -> {
                    // a token's characters shuffled
                    int i = solidToken(t, r);
                    List<Integer> cps = new ArrayList<>(t.get(i).codePoints().boxed().toList());
                    java.util.Collections.shuffle(cps, r);
                    StringBuilder sb = new StringBuilder();
                    cps.forEach(sb::appendCodePoint);
                    t.set(i, sb.toString());
                }
            }
        }
        return String.join("", t);
    }

    private static final String[] SERVICES = {"/newskg/sparql", "/newskg/query", "/newskg"};
    private static final String[] ACCEPTS = {"application/sparql-results+json", "text/csv", "application/x-nonsense",
        "*/*;q=bogus", "text/html", ";;;", "application/sparql-results+xml;q=0.1, text/turtle;q=1.0", "\u00ff\u00fe", ""};
    private static final String[] CONTENT_TYPES = {"text/plain", "application/json", "application/sparql-update",
        "multipart/form-data; boundary=x", "application/x-www-form-urlencoded; charset=nonsense", "application/sparql-query; charset=latin1",
        "application/octet-stream", "image/png", "application/sparql-query, text/plain", "garbage/"};

    /** The {@code n}-th request of the fuzz run, made from the seed alone. */
    Fuzz make(Random r) {
        String seed = seeds.get(r.nextInt(seeds.size()));
        String q = mutate(seed, r);
        String service = SERVICES[r.nextInt(SERVICES.length)];
        String sparqlAccept = "application/sparql-results+json, application/n-triples;q=0.9";
        int kind = r.nextInt(100);
        if (kind < 30) {
            return new Fuzz("GET query", "GET", service + "?query=" + enc(q), Map.of("Accept", sparqlAccept), null, q, true);
        }
        if (kind < 50) {
            return new Fuzz("POST form", "POST", service, Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept",
                    sparqlAccept), ("query=" + enc(q)).getBytes(StandardCharsets.UTF_8), q, true);
        }
        if (kind < 65) {
            return new Fuzz("POST direct", "POST", service, Map.of("Content-Type", "application/sparql-query", "Accept", sparqlAccept),
                    q.getBytes(StandardCharsets.UTF_8), q, true);
        }
        if (kind < 70) {
            return new Fuzz("wrong content type", "POST", service, Map.of("Content-Type", CONTENT_TYPES[r.nextInt(CONTENT_TYPES.length)]),
                    q.getBytes(StandardCharsets.UTF_8), null, false);
        }
        if (kind < 76) {
            // Bad percent-encoding, in the URL or the form body: %ZZ, a lone %, cut multi-byte sequences.
            String[] bad = {"%ZZ", "%", "%E2%82", "%C0%AF", "%FF%FE", "%u0041", "%%", "%0", "%ED%A0%80", "+%2"};
            String enc = enc(q);
            int at = r.nextInt(enc.length() + 1);
            String broken = enc.substring(0, at) + bad[r.nextInt(bad.length)] + enc.substring(at);
            return r.nextBoolean()
                    ? new Fuzz("bad percent-encoding (URL)", "GET", service + "?query=" + broken, Map.of(), null, null, false)
                    : new Fuzz("bad percent-encoding (form)", "POST", service, Map.of("Content-Type", "application/x-www-form-urlencoded"),
                            ("query=" + broken).getBytes(StandardCharsets.ISO_8859_1), null, false);
        }
        if (kind < 80) {
            String[] variants = {service + "?quer=" + enc(q), service + "?query=", service + "?query", service + "?",
                service + "?query=" + enc(" \n\t "), service + "?update=" + enc("DROP ALL"), service + "?query=" + enc(q) + "&query=" + enc(seed)};
            return new Fuzz("missing query parameter", "GET", variants[r.nextInt(variants.length)], Map.of(), null, null, false);
        }
        if (kind < 84) {
            // Random bytes as the query (invalid UTF-8 included), sent raw.
            byte[] junk = new byte[1 + r.nextInt(200)];
            r.nextBytes(junk);
            return new Fuzz("random bytes", "POST", service, Map.of("Content-Type", "application/sparql-query"), junk, null, false);
        }
        if (kind < 90) {
            String[] params = {"format=bogus", "format=", "timeout=abc", "timeout=-5", "timeout=1e309", "timeout=,", "timeout=5,x",
                "default-graph-uri=not%20an%20iri", "named-graph-uri=" + enc("<>"), "default-graph-uri=", "output=../../etc/passwd",
                "stylesheet=http://127.0.0.1:1/x.xsl", "callback=alert(1)", "format=json&format=xml"};
            String p = params[r.nextInt(params.length)];
            return new Fuzz("bad parameter", "GET", service + "?" + p + "&query=" + enc(q), Map.of(), null, null, false);
        }
        if (kind < 95) {
            return new Fuzz("odd Accept", "GET", service + "?query=" + enc(q), Map.of("Accept", ACCEPTS[r.nextInt(ACCEPTS.length)]),
                    null, null, false);
        }
        // Saved queries: unknown or hostile names, odd parameters.
        String[] names = {"no-such-query", "..", "%2e%2e%2fpom", "entities%00", "entities.rq", "ENTITIES", "entities/extra",
            "entities?format=bogus", "entities?timeout=abc", "entities?query=" + enc(q), "names?default-graph-uri=" + enc("urn:x:nothing"),
            enc(q.length() > 100 ? q.substring(0, 100) : q), "a".repeat(3000)};
        return new Fuzz("saved query", "GET", "/queries/" + names[r.nextInt(names.length)], Map.of(), null, null, false);
    }

    // ---- sending --------------------------------------------------------------------------------

    record Answer(int status, String contentType, String body) {}

    /** Sends with java.net.http when the target is a valid URI, else raw over a socket. */
    Answer send(Fuzz f) {
        try {
            HttpRequest.Builder b = http.request(f.target().substring(1));
            f.headers().forEach((k, v) -> {
                if (!v.isEmpty() && v.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
                    b.header(k, v);
                }
            });
            b.method(f.method(), f.body() == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(f.body()));
            HttpResponse<String> r = http.send(b.build());
            return new Answer(r.statusCode(), mediaType(r), r.body());
        } catch (IllegalArgumentException notAUri) {
            return raw(f);
        }
    }

    private Answer raw(Fuzz f) {
        try (Socket s = new Socket("127.0.0.1", fixture.server.port())) {
            s.setSoTimeout(30_000);
            ByteArrayOutputStream req = new ByteArrayOutputStream();
            req.writeBytes((f.method() + " " + f.target() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            for (Map.Entry<String, String> h : f.headers().entrySet()) {
                req.writeBytes((h.getKey() + ": " + h.getValue() + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            if (f.body() != null) {
                req.writeBytes(("Content-Length: " + f.body().length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            req.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            if (f.body() != null) {
                req.writeBytes(f.body());
            }
            OutputStream out = s.getOutputStream();
            out.write(req.toByteArray());
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int headEnd = response.indexOf("\r\n\r\n");
            String head = headEnd < 0 ? response : response.substring(0, headEnd);
            Matcher ct = Pattern.compile("(?im)^content-type:\\s*([^;\\r\\n]+)").matcher(head);
            return new Answer(Integer.parseInt(response.substring(9, 12)), ct.find() ? ct.group(1).strip().toLowerCase(Locale.ROOT) : "",
                    headEnd < 0 ? "" : response.substring(headEnd + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(f.describe() + ": " + e.getMessage(), e);
        }
    }

    // ---- checking -------------------------------------------------------------------------------

    /** Non-deterministic or order-dependent results are compared by size only. */
    private static final Pattern LOOSE = Pattern.compile("(?i)GROUP_CONCAT|SAMPLE|RAND\\s*\\(|NOW\\s*\\(|UUID|STRUUID|BNODE|LIMIT|OFFSET");

    /** Checks a 200 against the oracle; returns null when right, else what is wrong. */
    String wrongAnswer(Fuzz f, Answer a) {
        Query q;
        try {
            q = QueryFactory.create(f.query(), Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            return "answered 200 to a query that does not parse: " + e.getMessage();
        }
        boolean loose = LOOSE.matcher(f.query()).find();
        try (QueryExec qe = QueryExec.dataset(oracle).query(q).build()) {
            if (q.isSelectType()) {
                ResultSetRewindable expected = ResultSetFactory.makeRewindable(ResultSet.adapt(qe.select()));
                ResultSetRewindable got = ResultSetFactory.makeRewindable(ResultSetMgr.read(
                        new ByteArrayInputStream(a.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON));
                if (expected.size() != got.size()) {
                    return "rows: " + got.size() + ", expected " + expected.size();
                }
                expected.reset();
                return loose || ResultsCompare.equalsByTerm(expected, got) ? null : "different rows";
            }
            if (q.isAskType()) {
                boolean expected = qe.ask();
                return a.body().contains("\"boolean\" : " + expected) || a.body().contains("\"boolean\": " + expected)
                        ? null : "expected " + expected + ": " + a.body();
            }
            Graph expected = q.isConstructType() ? qe.construct() : qe.describe();
            Graph got = GraphFactory.createDefaultGraph();
            RDFParser.fromString(a.body(), Lang.NTRIPLES).parse(got);
            if (expected.size() != got.size()) {
                return "triples: " + got.size() + ", expected " + expected.size();
            }
            return loose || IsoMatcher.isomorphic(expected, got) ? null : "a different graph";
        } catch (org.apache.jena.query.QueryExecException e) {
            // A literal in a predicate's place ("?s 1 ?o"): the in-memory oracle refuses to evaluate it, TDB2
            // matches nothing. The right answer is then no rows (or false, or no triples).
            if (String.valueOf(e.getMessage()).contains("Unidentified predicate")) {
                boolean empty;
                if (q.isSelectType()) {
                    empty = !ResultSetMgr.read(new ByteArrayInputStream(a.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON)
                            .hasNext();
                } else if (q.isAskType()) {
                    empty = a.body().matches("(?s).*\"boolean\"\\s*:\\s*false.*");
                } else {
                    Graph got = GraphFactory.createDefaultGraph();
                    RDFParser.fromString(a.body(), Lang.NTRIPLES).parse(got);
                    empty = got.isEmpty();
                }
                return empty ? null : "a literal predicate matches nothing, but the answer was: " + a.body();
            }
            throw e;
        }
    }

    @Test
    void athousandFuzzedRequestsGet4xxWithAMessageOrTheRightAnswerAndNever5xx() {
        Random r = new Random(SEED);
        Map<String, Integer> byStatus = new TreeMap<>();
        int valid = 0;
        int checked = 0;
        List<String> failures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            Fuzz f = make(r);
            Answer a = send(f);
            byStatus.merge(Integer.toString(a.status()), 1, Integer::sum);
            if (a.status() >= 500 || a.status() < 200 || (a.status() >= 300 && a.status() < 400)) {
                failures.add("#" + i + " " + a.status() + " for " + f.describe() + "\n  " + firstLines(a.body()));
            } else if (a.status() >= 400) {
                if (a.body().isBlank()) {
                    failures.add("#" + i + " " + a.status() + " without a message for " + f.describe());
                }
            } else {
                valid++;
                if (f.checkAnswer()) {
                    checked++;
                    String wrong = wrongAnswer(f, a);
                    if (wrong != null) {
                        failures.add("#" + i + " wrong answer (" + wrong + ") for " + f.describe());
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "fuzz: %d requests in %.1f s; by status %s; %d stayed valid (200), %d of them checked "
                + "against the oracle%n", REQUESTS, seconds, byStatus, valid, checked);
        assertTrue(failures.isEmpty(), failures.size() + " bad answers:\n" + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        assertTrue(valid > 0 && valid < REQUESTS, "the fuzz should make both valid and invalid requests: " + byStatus);

        // The server is still there, and still right.
        HttpResponse<String> ping = http.get("$/ping", null);
        assertEquals(200, ping.statusCode());
        Answer after = send(new Fuzz("after", "GET", "/newskg/sparql?query=" + enc(seeds.get(0)), Map.of("Accept",
                "application/sparql-results+json"), null, seeds.get(0), true));
        assertEquals(200, after.status());
        assertEquals(null, wrongAnswer(new Fuzz("after", "GET", "", Map.of(), null, seeds.get(0), true), after));
    }

    private static String firstLines(String body) {
        String s = body.lines().limit(3).reduce((x, y) -> x + " | " + y).orElse("");
        return s.length() > 300 ? s.substring(0, 300) : s;
    }

    @Test
    void theFuzzIsTheSameEveryRun() {
        Random a = new Random(SEED);
        Random b = new Random(SEED);
        for (int i = 0; i < 50; i++) {
            assertEquals(make(a).describe(), make(b).describe());
        }
    }

    @Test
    void mutationsKeepTheTokensOfTheQuery() {
        String q = "SELECT ?x WHERE { ?x <urn:p> \"a b\" . }";
        assertEquals(q, String.join("", tokens(q)));
        assertTrue(tokens(q).contains("<urn:p>") && tokens(q).contains("\"a b\""), tokens(q).toString());
    }
}
