package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;
import org.newskg.store.StoreException;
import org.newskg.store.StoreSpec;

/**
 * {@code newskg serve} as a user runs it: its usage errors, the one-line failures (missing store,
 * port in use, store locked by another process), and a real server process answering over HTTP and
 * stopping cleanly on SIGTERM.
 */
class ServeCommandIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun(() -> dir);

    /** A TDB2 store of the sample graph, closed and released so another process may open it. */
    private Path sampleStore(String name) {
        Path folder = dir.resolve(name);
        KgStore store = KgStore.open(StoreSpec.tdb2(folder));
        store.write(ds -> RDFParser.source(getClass().getResourceAsStream("/serve/sample-graph.trig")).lang(Lang.TRIG).parse(ds));
        store.close();
        TDBInternal.expel(store.dataset().asDatasetGraph(), true);
        return folder;
    }

    @Test
    void helpListsTheOptions() {
        assertEquals(0, cli.run("serve", "--help"));
        String help = cli.out();
        for (String o : List.of("--store", "--port", "--host", "--timeout", "--allow-update", "--password-file")) {
            assertTrue(help.contains(o), help);
        }
        assertEquals(0, cli.run("--help"));
        assertTrue(cli.out().contains("serve"));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, cli.run("serve", "--port", "http"));
        assertTrue(cli.err().contains("--port must be a number from 0 to 65535"), cli.err());
        assertEquals(2, cli.run("serve", "--port", "70000"));
        assertTrue(cli.err().contains("--port must be a number from 0 to 65535, not '70000'"), cli.err());
        assertEquals(2, cli.run("serve", "--max-rows", "0"));
        assertTrue(cli.err().contains("--max-rows must be a whole number above 0, not '0'"), cli.err());
        assertEquals(2, cli.run("serve", "--max-rows", "many"));
        assertTrue(cli.err().contains("--max-rows must be a whole number above 0, not 'many'"), cli.err());
        assertEquals(2, cli.run("serve", "--timeout", "0"));
        assertTrue(cli.err().contains("--timeout must be a number of seconds above 0"), cli.err());
        assertEquals(2, cli.run("serve", "--allow-update"));
        assertTrue(cli.err().contains("--allow-update needs --password-file"), cli.err());
        assertEquals(2, cli.run("serve", "--password-file", "users.txt"));
        assertEquals(2, cli.run("serve", "extra-argument"));
    }

    @Test
    void aMissingStoreIsOneClearLineAndExitOne() {
        assertEquals(1, cli.run("serve", "--store", "nowhere", "--port", "0"));
        assertEquals("newskg serve: no store at " + dir.resolve("nowhere") + "; run 'newskg build' first or give --store",
                cli.err().strip());
    }

    @Test
    void aMissingPasswordFileIsExitOne() {
        assertEquals(1, cli.run("serve", "--allow-update", "--password-file", "no-such-file", "--port", "0"));
        assertTrue(cli.err().contains("no password file"), cli.err());
    }

    @Test
    void aPortInUseIsOneClearLineAndExitOne() throws IOException {
        Path store = sampleStore("store");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertEquals(1, cli.run("serve", "--store", store.toString(), "--port", Integer.toString(port)));
            assertEquals("newskg serve: port " + port + " is in use; stop the other server or pass --port", cli.err().strip());
        }
        // and the store was let go: it opens again
        KgStore again = KgStore.open(StoreSpec.tdb2(store));
        again.close();
    }

    @Test
    void aServerProcessAnswersLocksItsStoreAndStopsOnSigterm() throws Exception {
        Path store = sampleStore("store");
        Process p = startServe(store);
        try {
            String url = awaitUrl(p);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String q = URLEncoder.encode("SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }",
                    StandardCharsets.UTF_8);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "newskg/sparql?query=" + q))
                    .header("Accept", "text/csv").timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("n\r\n10\r\n", r.body());
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<title>NewsKG</title>"));

            // The store is in use by that process: another command gets one clear line.
            StoreException locked = assertThrows(StoreException.class, () -> KgStore.open(StoreSpec.tdb2(store)));
            assertTrue(locked.getMessage().contains("in use by another process"), locked.getMessage());
            assertEquals(1, cli.run("serve", "--store", store.toString(), "--port", "0"));
            assertTrue(cli.err().startsWith("newskg serve: the store " + store + " is already served by process " + p.pid() + " at " + url),
                    cli.err());
            assertFalse(cli.err().strip().contains("\n"), "one line: " + cli.err());
        } finally {
            p.destroy();    // SIGTERM, as Ctrl-C or a service manager would
            assertTrue(p.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS), "the server did not stop on SIGTERM");
        }
        // Stopped cleanly: the store can be opened again.
        KgStore again = KgStore.open(StoreSpec.tdb2(store));
        assertNotNull(again.graphNames());
        again.close();
        TDBInternal.expel(again.dataset().asDatasetGraph(), true);
    }

    private static String csv(HttpClient http, String url, String query) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "newskg/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void aBuildWhileTheServerHoldsTheStoreIsRefusedClearlyAndChangesNothing() throws Exception {
        Path store = sampleStore("store");
        Path article = java.nio.file.Files.writeString(dir.resolve("new-article.txt"),
                "Valdoria Opens Embassy in Port Elsen\n\nValdoria opened an embassy in Port Elsen on Monday.\n");
        String count = "SELECT (COUNT(*) AS ?n) ?g { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g";
        Process p = startServe(store);
        String before;
        try {
            String url = awaitUrl(p);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            before = csv(http, url, count);

            // Refused before any work (the store is opened before CoreNLP is loaded): one clear line, exit 1.
            long t0 = System.nanoTime();
            assertEquals(1, cli.run("build", article.toString(), "--store", store.toString()));
            assertTrue((System.nanoTime() - t0) / 1_000_000_000 < 20, "refused at once, without loading CoreNLP");
            String e = cli.err().strip();
            assertTrue(e.startsWith("newskg build: the store " + store + " is served by 'newskg serve' (process " + p.pid() + ", " + url
                    + "), which holds it"), e);
            assertTrue(e.contains("stop the server (Ctrl-C) and run 'newskg build' again") && e.contains("the store is unchanged")
                    && !e.contains("\n"), "one line that says what to do: " + e);
            assertFalse(cli.err().contains("Loading CoreNLP"), cli.err());

            // The server goes on answering the same.
            assertEquals(before, csv(http, url, count));
        } finally {
            p.destroy();
            assertTrue(p.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS), "the server did not stop on SIGTERM");
        }
        // Stopped, the store opens and answers the same query: nothing was written to it.
        KgStore again = KgStore.open(StoreSpec.tdb2(store));
        try {
            String after = again.read(ds -> {
                try (org.apache.jena.query.QueryExecution qe = org.apache.jena.query.QueryExecution.create(count, ds)) {
                    java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
                    org.apache.jena.riot.ResultSetMgr.write(csv, qe.execSelect(), org.apache.jena.riot.resultset.ResultSetLang.RS_CSV);
                    return csv.toString(StandardCharsets.UTF_8);
                }
            });
            assertEquals(before, after);
        } finally {
            again.close();
            TDBInternal.expel(again.dataset().asDatasetGraph(), true);
        }
    }

    @Test
    void aSavedQueryWithASyntaxErrorIsReportedAtStartAndTheOthersAreServed() throws Exception {
        Path store = sampleStore("store");
        Path home = dir.resolve("home");
        java.nio.file.Files.createDirectories(home.resolve("queries"));
        java.nio.file.Files.copy(Path.of("queries/entities.rq"), home.resolve("queries/entities.rq"));
        java.nio.file.Files.writeString(home.resolve("queries/typo.rq"), "# A typo.\nSELECT ?s WHERE { ?s ?p }\n");
        Process p = startServe(store, home);
        try {
            String url = awaitUrl(p);
            String warning = awaitLine(p, "warning");
            assertTrue(warning.startsWith("newskg serve: warning: syntax error in queries/typo.rq at line 2, column "), warning);
            assertTrue(warning.contains("the others are served"), warning);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(url + "queries/entities")).header("Accept", "text/csv")
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode(), ok.body());
            HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(url + "queries/typo"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(500, bad.statusCode());
            assertTrue(bad.body().contains("queries/typo.rq at line 2, column"), bad.body());
        } finally {
            p.destroy();
            assertTrue(p.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS));
        }
    }

    /** Waits (bounded) for a line of the server's output that contains {@code text}. */
    private String awaitLine(Process p, String text) throws InterruptedException {
        for (String line : seen) {
            if (line.contains(text)) {
                return line;
            }
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(250, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line);
                if (line.contains(text)) {
                    return line;
                }
            }
            if (!p.isAlive() && lines.isEmpty()) {
                break;
            }
        }
        throw new AssertionError("no line with '" + text + "' from newskg serve; it said:\n" + String.join("\n", seen));
    }

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    /** {@code newskg serve} in its own JVM, as the launcher runs it, on a free port. */
    private Process startServe(Path store) throws IOException {
        return startServe(store, Path.of("").toAbsolutePath());
    }

    /** The same, with its saved queries from {@code home}/queries. */
    private Process startServe(Path store, Path home) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = List.of(java, "-Xmx512m", "-Dnewskg.home=" + home,
                "-cp", System.getProperty("java.class.path"), "org.newskg.cli.Main",
                "serve", "--store", store.toString(), "--port", "0");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "serve-output");
        reader.setDaemon(true);
        reader.start();
        return p;
    }

    /** Waits (bounded) for the "serving ... at URL" line and returns the URL. */
    private String awaitUrl(Process p) throws InterruptedException {
        Pattern serving = Pattern.compile("newskg serve: serving .* at (http://\\S+/)$");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(250, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line);
                Matcher m = serving.matcher(line);
                if (m.find()) {
                    return m.group(1);
                }
            }
            if (!p.isAlive() && lines.isEmpty()) {
                break;
            }
        }
        throw new AssertionError("no 'serving' line from newskg serve; it said:\n" + String.join("\n", seen));
    }
}
