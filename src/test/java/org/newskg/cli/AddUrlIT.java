package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestPipeline;
import org.newskg.build.StoredCorpus;
import org.newskg.ingest.ArticleReader;
import org.newskg.model.Document;
import org.newskg.store.StoreSpec;

/**
 * {@code newskg add URL}: a feed on a local HTTP server (127.0.0.1) whose items link to seed articles,
 * added to a store built from other seeds, mixed with a path; then the same URL again (nothing new),
 * the URL with new text (the article is replaced, not duplicated) and {@code remove URL}. All from a
 * copy of the seeds' annotation cache, so the commands load no model.
 *
 * <p>The pages are the seed files served as {@code text/plain}: the cache is keyed by the text (and
 * date), and no HTML page can give a seed's text exactly (the extracted text is stripped and ends with
 * one line break; every seed starts or ends otherwise). That pages and files give the same documents,
 * HTML included, is {@code WebArticlesTest}'s.
 */
class AddUrlIT {
    @TempDir
    Path dir;
    private final CliRun cli = new CliRun(() -> dir);
    private HttpServer server;
    private String base;
    private List<Path> seeds;
    private final AtomicReference<Path> third = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        seeds = TestPipeline.seedFiles();
        third.set(seeds.get(3));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/news/2", ex -> send(ex, Files.readAllBytes(seeds.get(2))));
        server.createContext("/news/3", ex -> send(ex, Files.readAllBytes(third.get())));
        server.createContext("/feed.xml", ex -> {
            byte[] feed = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <rss version="2.0"><channel><title>Seeds</title><link>%1$s/</link><description>Two seeds and a gap</description>
                    <item><title>Second</title><link>%1$s/news/2</link></item>
                    <item><title>Third</title><link>%1$s/news/3</link></item>
                    <item><title>Gone</title><link>%1$s/news/gone</link></item>
                    </channel></rss>
                    """.formatted(base).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            ex.sendResponseHeaders(200, feed.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(feed);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void send(com.sun.net.httpserver.HttpExchange ex, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /** The stored articles: id to sources. */
    private Map<String, List<String>> stored() {
        Map<String, List<String>> m = new TreeMap<>();
        for (Document d : StoredCorpus.documents(StoreSpec.tdb2(dir.resolve("kg")))) {
            m.put(d.id(), d.sources());
        }
        return m;
    }

    private String id(Path seed) throws IOException {
        return new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES).readFile(seed).id();
    }

    @Test
    void aFeedsArticlesAreAddedWithTheirUrlsAsSources() throws IOException {
        TestPipeline.copySeedCache(dir.resolve("cache"));
        Path zero = Files.createDirectories(dir.resolve("zero"));
        Files.copy(seeds.get(0), zero.resolve(seeds.get(0).getFileName()));
        Path one = Files.createDirectories(dir.resolve("one"));
        Files.copy(seeds.get(1), one.resolve(seeds.get(1).getFileName()));
        String[] common = {"--store", "kg", "--cache", dir.resolve("cache").toString()};

        assertEquals(0, cli.run(CliRun.concat(new String[] {"build", "zero"}, common)), cli.err());
        assertEquals(List.of(id(seeds.get(0))), List.copyOf(stored().keySet()));

        // A feed and a folder at once; the item that 404s is skipped (exit 3), the others are added.
        assertEquals(BuildCommand.EXIT_SKIPPED, cli.run(CliRun.concat(new String[] {"add", base + "/feed.xml", "one"}, common)), cli.err());
        assertTrue(cli.err().contains("newskg: skipped " + base + "/news/gone: 404 Not Found; check the address (an item of the feed "
                + base + "/feed.xml)\n"), cli.err());
        assertTrue(cli.err().contains("added or changed: 3; already there: 0; the store holds 4 articles"), cli.err());
        assertTrue(cli.err().contains("annotated: 0 (cached: 4)"), "no model loaded: " + cli.err());
        Map<String, List<String>> four = stored();
        assertEquals(Map.of(
                id(seeds.get(0)), List.of(zero.resolve(seeds.get(0).getFileName()).toString()),
                id(seeds.get(1)), List.of(one.resolve(seeds.get(1).getFileName()).toString()),
                id(seeds.get(2)), List.of(base + "/news/2"),
                id(seeds.get(3)), List.of(base + "/news/3")), four, "the URLs are the sources");

        // The same URL again: nothing new, nothing duplicated.
        assertEquals(0, cli.run(CliRun.concat(new String[] {"add", base + "/news/3"}, common)), cli.err());
        assertTrue(cli.err().contains("added or changed: 0; already there: 1; the store holds 4 articles"), cli.err());
        assertEquals(four, stored());

        // The page's text changed: its article is replaced (same source), not added beside the old one.
        third.set(seeds.get(4));
        assertEquals(0, cli.run(CliRun.concat(new String[] {"add", base + "/news/3"}, common)), cli.err());
        assertTrue(cli.err().contains("added or changed: 1; already there: 0; the store holds 4 articles"), cli.err());
        Map<String, List<String>> updated = stored();
        assertEquals(List.of(base + "/news/3"), updated.get(id(seeds.get(4))), cli.err());
        assertTrue(!updated.containsKey(id(seeds.get(3))), "the old version is gone: " + updated);
        assertEquals(4, updated.size());

        assertEquals(0, cli.run(CliRun.concat(new String[] {"remove", base + "/news/3"}, common)), cli.err());
        assertEquals(List.of(id(seeds.get(0)), id(seeds.get(1)), id(seeds.get(2))).stream().sorted().toList(),
                List.copyOf(stored().keySet()));
    }

}
