package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestPipeline;
import org.newskg.history.Change;
import org.newskg.history.CorpusChange;
import org.newskg.rdf.ChangeGraphs;
import org.newskg.rdf.GraphValidator;
import org.newskg.rdf.StoredArticles;
import org.newskg.store.KgStore;
import org.newskg.store.ServedStore;
import org.newskg.store.StoreSpec;

/**
 * {@code newskg serve --watch DIR} as a user runs it, in a JVM of its own: a file put in DIR is
 * queryable over SPARQL soon after, one taken away is removed, the reading commands go through the
 * server while it holds the store and the writing ones refuse; and a server killed with SIGKILL at
 * any moment of taking an article in leaves a store that validates and holds the articles before or
 * after it (with the change recorded exactly when its graph is there), which the next start brings
 * in line with the folder. Three seeds are built first; the others come through the folder. Every
 * annotation comes from a copy of the seeds' cache, so no process loads a model.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveIngestIT {
    @TempDir
    static Path dir;
    private final CliRun cli = new CliRun(() -> dir);
    private final HttpClient http = HttpClient.newHttpClient();
    private final GraphValidator validator = GraphValidator.load();
    private List<Path> seeds;
    private Path store;
    private Path watched;
    private Path cache;

    @BeforeAll
    void buildThreeSeeds() throws IOException {
        cache = dir.resolve("cache");
        TestPipeline.copySeedCache(cache);
        seeds = TestPipeline.seedFiles();
        TestPipeline.copyInto(dir.resolve("three"), seeds.subList(0, 3));
        store = dir.resolve("kg");
        watched = Files.createDirectories(dir.resolve("in"));
        assertEquals(0, cli.run("build", "three", "--store", "kg", "--cache", cache.toString()), cli.err());
    }

    /** Each test starts with an empty folder: the server's first round then leaves the three built seeds. */
    @org.junit.jupiter.api.BeforeEach
    void emptyTheFolder() throws IOException {
        try (Stream<Path> s = Files.list(watched)) {
            for (Path f : s.toList()) {
                Files.delete(f);
            }
        }
    }

    /** A running {@code newskg serve --watch}, with what it has printed. */
    private record Server(Process process, List<String> lines, URI url) {
        String output() {
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }

        /** How many times it has said it follows the folder (once per start, after taking it in). */
        boolean following() {
            synchronized (lines) {
                return lines.stream().anyMatch(l -> l.contains("is taken in; following it"));
            }
        }

        int rounds() {
            synchronized (lines) {
                return (int) lines.stream().filter(l -> l.contains(": change #")).count();
            }
        }
    }

    private Server start(String... more) throws IOException, InterruptedException {
        open();    // lets go of the store in this JVM, which the in-process commands leave open (TDB2 keeps it)
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1"));
        if (Runtime.version().feature() >= 23) {
            cmd.add("--sun-misc-unsafe-memory-access=allow");
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.newskg.cli.Main", "serve", "--store", store.toString(),
                "--watch", watched.toString(), "--cache", cache.toString(), "--threads", "1", "--port", "0"));
        cmd.addAll(List.of(more));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process is gone
            }
        }, "serve-output");
        reader.setDaemon(true);
        reader.start();
        waitFor(() -> ServedStore.find(store).filter(s -> s.pid() == p.pid()).isPresent() || !p.isAlive(), 90, "the server starts");
        assertTrue(p.isAlive(), String.join("\n", lines));
        URI url = ServedStore.find(store).orElseThrow().url();
        Server s = new Server(p, lines, url);
        waitFor(s::following, 90, "the server takes the folder in: " + s.output());
        return s;
    }

    private static void kill(Server s) throws InterruptedException {
        s.process().toHandle().destroyForcibly();    // SIGKILL
        assertTrue(s.process().waitFor(30, TimeUnit.SECONDS));
    }

    private static void stop(Server s) throws InterruptedException {
        s.process().destroy();    // SIGTERM: the shutdown hook stops it in order
        assertTrue(s.process().waitFor(60, TimeUnit.SECONDS), "the server stops on SIGTERM");
    }

    private static void waitFor(BooleanSupplier condition, int seconds, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + seconds + " s: " + what);
            }
            Thread.sleep(50);
        }
    }

    /** The file names of the articles the server answers for, over SPARQL. */
    private Set<String> served(Server s) {
        String q = "SELECT ?src { GRAPH ?a { ?a a <https://w3id.org/newskg/ontology#Article> ; "
                + "<https://w3id.org/newskg/ontology#sourceFile> ?src } }";
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(s.url().resolve("newskg/sparql?query="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            Set<String> names = new TreeSet<>();
            r.body().lines().skip(1).filter(l -> !l.isBlank()).forEach(l -> names.add(Path.of(l.strip()).getFileName().toString()));
            return names;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Set<String> names(List<Path> files) {
        Set<String> out = new TreeSet<>();
        files.forEach(f -> out.add(f.getFileName().toString()));
        return out;
    }

    /** What a store holds, read in this JVM with no server: its articles' file names, its violations, its history. */
    private record Stored(Set<String> articles, List<GraphValidator.Violation> violations, List<CorpusChange> history) {}

    private Stored open() {
        KgStore kg = KgStore.open(StoreSpec.tdb2(store));
        try {
            Set<String> names = new TreeSet<>();
            kg.read(StoredArticles::read).forEach(d -> d.sources().forEach(src -> names.add(Path.of(src).getFileName().toString())));
            return new Stored(names, kg.read(ds -> validator.validate(ds.getUnionModel().getGraph())), kg.read(ChangeGraphs::read));
        } finally {
            kg.close();
            TDBInternal.expel(kg.dataset().asDatasetGraph());    // let the next server open it
        }
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)    // a guard against a hung server, not a speed target
    void articlesPutInTheFolderAreServedAndTheCliGoesThroughTheServer() throws IOException, InterruptedException {
        Server s = start();
        try {
            assertEquals(names(seeds.subList(0, 3)), served(s));
            long t0 = System.nanoTime();
            Files.copy(seeds.get(3), watched.resolve(seeds.get(3).getFileName()));
            waitFor(() -> served(s).equals(names(seeds.subList(0, 4))), 60, "the fourth seed is served: " + s.output());
            System.out.printf("LiveIngestIT: a cached article was queryable %.1f s after it was put in the folder%n",
                    (System.nanoTime() - t0) / 1e9);

            // The reading commands go through the server; the writing ones say how to go on.
            assertEquals(0, cli.run("query", "articles", "--store", "kg", "--format", "csv"), cli.err());
            assertTrue(cli.out().contains(seeds.get(3).getFileName().toString()), cli.out());
            assertTrue(cli.err().contains("is served at " + s.url() + "; reading it through the server"), cli.err());
            assertEquals(0, cli.run("changes", "--store", "kg"), cli.err());
            assertTrue(cli.out().contains("watch " + watched) && cli.out().contains("articles added: 1"), cli.out());
            assertEquals(1, cli.run("add", seeds.get(4).toString(), "--store", "kg", "--cache", cache.toString()));
            assertTrue(cli.err().contains("is served by 'newskg serve' (process " + s.process().pid())
                    && cli.err().contains("put the articles in its watched folder " + watched) && cli.err().contains("the store is unchanged"),
                    cli.err());
            assertEquals(1, cli.err().strip().lines().count(), "one line: " + cli.err());

            Files.delete(watched.resolve(seeds.get(3).getFileName()));
            waitFor(() -> served(s).equals(names(seeds.subList(0, 3))), 60, "the fourth seed is removed: " + s.output());
        } finally {
            stop(s);
        }
        assertFalse(Files.exists(store.resolve(ServedStore.FILE)), "a stopped server takes its address away");
        assertEquals(0, cli.run("query", "articles", "--store", "kg"), cli.err());
        assertFalse(cli.err().contains("through the server"), "with the server gone the store is opened directly: " + cli.err());
    }

    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)    // a guard against a hung server, not a speed target
    void aServerKilledWhileTakingAnArticleInLeavesItBeforeOrAfterAndTheNextStartFinishes() throws IOException, InterruptedException {
        Path fifth = seeds.get(4);
        String headline = Files.readAllLines(fifth).stream().filter(l -> !l.isBlank()).findFirst().orElseThrow().strip();
        Set<String> outcomes = new TreeSet<>();
        // Kill at once (before the folder is quiet), while it reads and merges, and once it should be done.
        for (long delay : new long[] {0, 350, 600, 900, 1300, 1800, 4000}) {
            Stored was = open();
            boolean adding = !Files.exists(watched.resolve(fifth.getFileName()));
            Set<String> target = new TreeSet<>(was.articles());
            if (adding) {
                target.add(fifth.getFileName().toString());
            } else {
                target.remove(fifth.getFileName().toString());
            }
            Server s = start();
            if (adding) {
                Files.copy(fifth, watched.resolve(fifth.getFileName()));
            } else {
                Files.delete(watched.resolve(fifth.getFileName()));
            }
            Thread.sleep(delay);
            kill(s);

            Stored now = open();
            String what = (adding ? "adding" : "removing") + ", killed after " + delay + " ms";
            assertEquals(List.of(), now.violations(), what + ": the store validates");
            boolean after = now.articles().equals(target);
            assertTrue(after || now.articles().equals(was.articles()), what + ": before or after, not " + now.articles());
            outcomes.add(after ? "after" : "before");
            // The change is recorded exactly when its graph is there.
            CorpusChange last = now.history().get(now.history().size() - 1);
            boolean recorded = last.changes().stream().anyMatch(c -> c.label().equals(headline)
                    && c.kind() == (adding ? Change.Kind.ARTICLE_ADDED : Change.Kind.ARTICLE_REMOVED));
            assertEquals(after, recorded, what + ": the record of the change, in step with the graph");
            System.out.println("LiveIngestIT: " + what + ": the store is as " + (after ? "after" : "before"));

            Server again = start();    // the next start brings the store in line with the folder
            try {
                assertEquals(target, served(again), what + ": the next start finishes the job: " + again.output());
            } finally {
                stop(again);
            }
        }
        assertEquals(Set.of("before", "after"), outcomes, "kills landed on both sides of an ingestion");
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)    // a guard against a hung server, not a speed target
    void aWatchedFeedsNewItemsAreAddedAndItsOldOnesNotFetchedAgain() throws IOException, InterruptedException {
        java.util.concurrent.atomic.AtomicReference<List<Integer>> items = new java.util.concurrent.atomic.AtomicReference<>(List.of(3));
        java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> hits = new java.util.concurrent.ConcurrentHashMap<>();
        com.sun.net.httpserver.HttpServer web = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + web.getAddress().getPort();
        for (int i : List.of(3, 4)) {
            web.createContext("/news/" + i, ex -> {
                hits.computeIfAbsent(ex.getRequestURI().getPath(), k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
                reply(ex, "text/plain; charset=utf-8", Files.readAllBytes(seeds.get(i)));
            });
        }
        web.createContext("/feed.xml", ex -> {
            StringBuilder feed = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                    + "<title>Seeds</title><link>" + base + "/</link><description>seeds</description>");
            items.get().forEach(i -> feed.append("<item><title>Seed ").append(i).append("</title><link>").append(base)
                    .append("/news/").append(i).append("</link></item>"));
            reply(ex, "application/rss+xml; charset=utf-8", feed.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8));
        });
        web.start();
        try {
            Server s = start("--watch-feed", base + "/feed.xml", "--every", "10s");
            try {
                assertTrue(s.output().contains("reading feed     " + base + "/feed.xml   (now, then every 10 s)"), s.output());
                waitFor(() -> served(s).equals(names(seeds.subList(0, 3), "3")), 60, "the feed's item is served: " + s.output());
                items.set(List.of(3, 4));
                waitFor(() -> served(s).equals(names(seeds.subList(0, 3), "3", "4")), 60, "the feed's new item is served: " + s.output());
                assertEquals(1, hits.get("/news/3").get(), "an item already stored is not fetched again");
                assertTrue(s.output().contains("watch-feed " + base + "/feed.xml") || s.output().contains(base + "/feed.xml: change #"),
                        s.output());
            } finally {
                stop(s);
            }
        } finally {
            web.stop(0);
        }
        // Leave the store as the other tests expect: the three built seeds.
        assertEquals(0, cli.run("remove", base + "/news/3", base + "/news/4", "--store", "kg", "--cache", cache.toString()), cli.err());
    }

    /** The names {@link #served} gives: the files', and for an article read from a URL the URL's last segment. */
    private Set<String> names(List<Path> files, String... urlTails) {
        Set<String> out = names(files);
        out.addAll(List.of(urlTails));
        return out;
    }

    private static void reply(com.sun.net.httpserver.HttpExchange ex, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(200, body.length);
        try (java.io.OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}
