package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.model.Document;

/**
 * {@link WebArticles} against a local HTTP server on 127.0.0.1 (the JDK's): pages, RSS and Atom
 * feeds, and every failure as one line naming the URL. Invented articles; no CoreNLP, no network.
 */
class WebArticlesTest {
    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><title>Ferry line | The Ostreva Courier</title>
            <meta property="article:published_time" content="2031-04-12T09:30:00Z"></head>
            <body><nav>Home | World</nav>
            <article><h1>Ostreva Council Approves Ferry Line</h1>
            <p>The harbor council of Ostreva approved a ferry line to Brisport on Monday.</p>
            <p>Mayor Lena Kellmar said the first boats would sail in June.</p></article>
            <footer>Copyright</footer></body></html>
            """;
    private static final String SECOND_PAGE = """
            <html><body><article><h1>Tarnholm Opens a New Library</h1>
            <p>The town of Tarnholm opened a library on its old market square.</p></article></body></html>
            """;

    private HttpServer server;
    private String base;
    private WebArticles web;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        web = new WebArticles(ArticleReader.DEFAULT_MAX_BYTES);
    }

    @AfterEach
    void stop() {
        web.close();
        server.stop(0);
    }

    private void serve(String path, int status, String contentType, String body) {
        serve(path, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private void serve(String path, int status, String contentType, byte[] body) {
        server.createContext(path, ex -> {
            if (contentType != null) {
                ex.getResponseHeaders().set("Content-Type", contentType);
            }
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
    }

    private static String only(IngestResult r) {
        assertTrue(r.documents().isEmpty(), () -> "no article expected: " + r.documents());
        assertEquals(1, r.problems().size(), () -> "one problem expected: " + r.problems());
        return r.problems().get(0).toString();
    }

    @Test
    void aPageIsOneArticleWhoseSourceIsTheUrl() {
        serve("/news/ferry.html", 200, "text/html; charset=utf-8", PAGE);
        String url = base + "/news/ferry.html";
        IngestResult r = web.read(url);
        assertEquals(List.of(), r.problems());
        assertEquals(1, r.documents().size());
        Document d = r.documents().get(0);
        assertEquals(List.of(url), d.sources());
        assertEquals("Ostreva Council Approves Ferry Line", d.headline());
        assertEquals("Ostreva Council Approves Ferry Line\n\n"
                + "The harbor council of Ostreva approved a ferry line to Brisport on Monday.\n\n"
                + "Mayor Lena Kellmar said the first boats would sail in June.\n", d.text());
        assertEquals(Optional.of(LocalDate.of(2031, 4, 12)), d.published());
        assertEquals(Optional.of(Document.HTML), d.convertedFrom());
        assertEquals(ArticleReader.contentId(d.text()), d.id());
        assertEquals(d, web.read(url).documents().get(0), "the same page gives the same document");
    }

    @Test
    void theSameTextAsAFileGivesTheSameDocumentId(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ferry.html");
        Files.writeString(file, PAGE);
        serve("/ferry", 200, "text/html", PAGE);
        Document fromFile = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES).readFile(file);
        Document fromWeb = web.read(base + "/ferry").documents().get(0);
        assertEquals(fromFile.id(), fromWeb.id());
        assertEquals(fromFile.text(), fromWeb.text());
    }

    @Test
    void plainTextIsReadAsATextFileInTheCharsetTheServerDeclares() {
        String text = "Caf\u00e9 owners in Ostreva meet the council\n\nThe owners of the harbor caf\u00e9s met the council on Friday.\n";
        serve("/latin1.txt", 200, "text/plain; charset=ISO-8859-1", text.getBytes(StandardCharsets.ISO_8859_1));
        serve("/utf8.txt", 200, "text/plain", text.getBytes(StandardCharsets.UTF_8));
        Document latin1 = web.read(base + "/latin1.txt").documents().get(0);
        assertEquals(text, latin1.text());
        assertEquals(Optional.empty(), latin1.convertedFrom());
        assertEquals(latin1.id(), web.read(base + "/utf8.txt").documents().get(0).id());
    }

    @Test
    void anHtmlPageIsReadInTheCharsetItsServerDeclares() {
        String page = "<html><body><article><h1>Caf\u00e9 owners meet</h1><p>The caf\u00e9 owners of Ostreva met on Friday.</p>"
                + "</article></body></html>";
        serve("/cafe.html", 200, "text/html; charset=ISO-8859-1", page.getBytes(StandardCharsets.ISO_8859_1));
        serve("/bad.html", 200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("Caf\u00e9 owners meet\n\nThe caf\u00e9 owners of Ostreva met on Friday.\n",
                web.read(base + "/cafe.html").documents().get(0).text());
        assertEquals(base + "/bad.html: an HTML page that is not valid UTF-8, the charset its server declares", only(web.read(base + "/bad.html")));
    }

    @Test
    void anRssFeedGivesAnArticlePerItemAndAProblemForTheItemWhoseLinkFails() {
        serve("/news/ferry.html", 200, "text/html", PAGE);
        serve("/news/library.html", 200, "text/html", SECOND_PAGE);
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
                <title>The Ostreva Courier</title><link>%1$s/</link><description>News</description>
                <item><title>Ferry line approved</title><link>%1$s/news/ferry.html</link>
                  <description>The council approved a ferry line.</description></item>
                <item><title>Gone</title><link>%1$s/news/missing.html</link>
                  <description>A teaser only.</description>
                  <content:encoded>Teaser text that must not become an article.</content:encoded></item>
                <item><title>Library</title><link>/news/library.html</link>
                  <pubDate>Tue, 15 Apr 2031 08:00:00 GMT</pubDate></item>
                </channel></rss>
                """.formatted(base);
        serve("/rss.xml", 200, "application/rss+xml; charset=utf-8", rss);
        IngestResult r = web.read(base + "/rss.xml");
        assertEquals(List.of(base + "/news/ferry.html", base + "/news/library.html"),
                r.documents().stream().map(Document::source).toList(), "one article per item, source the item's link");
        assertEquals(List.of(new Problem(base + "/news/missing.html",
                "404 Not Found; check the address (an item of the feed " + base + "/rss.xml)")), r.problems());
        assertEquals(Optional.of(LocalDate.of(2031, 4, 12)), r.documents().get(0).published(), "the page's own date first");
        assertEquals(Optional.of(LocalDate.of(2031, 4, 15)), r.documents().get(1).published(), "else the item's date");
        assertTrue(r.documents().stream().noneMatch(d -> d.text().contains("Teaser")), "no article from an item's teaser");
    }

    @Test
    void anAtomFeedGivesAnArticlePerEntry() {
        serve("/a/ferry", 200, "text/html", PAGE);
        serve("/a/library", 200, "text/html", SECOND_PAGE);
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Ostreva Courier</title><id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
                  <updated>2031-04-15T08:00:00Z</updated>
                  <entry><title>Ferry</title><link href="%1$s/a/ferry"/><id>urn:uuid:1</id><updated>2031-04-12T08:00:00Z</updated></entry>
                  <entry><title>Library</title><link rel="alternate" href="%1$s/a/library"/><id>urn:uuid:2</id>
                    <updated>2031-04-15T08:00:00Z</updated></entry>
                </feed>
                """.formatted(base);
        // Served as text/xml: the root element says it is a feed.
        serve("/atom", 200, "text/xml", atom);
        IngestResult r = web.read(base + "/atom");
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("Ostreva Council Approves Ferry Line", "Tarnholm Opens a New Library"),
                r.documents().stream().map(Document::headline).toList());
        assertEquals(List.of(List.of(base + "/a/ferry"), List.of(base + "/a/library")),
                r.documents().stream().map(Document::sources).toList());
    }

    @Test
    void aFeedServedAsHtmlIsStillAFeed() {
        serve("/p", 200, "text/html", PAGE);
        serve("/feed", 200, "text/html; charset=utf-8", """
                <?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>%1$s</link><description>D</description>
                <item><title>P</title><link>%1$s/p</link></item></channel></rss>""".formatted(base));
        assertEquals(List.of(base + "/p"), web.read(base + "/feed").documents().stream().map(Document::source).toList());
    }

    @Test
    void failuresAreOneLineEachNamingTheUrl() {
        serve("/report.pdf", 200, "application/pdf", "%PDF-1.7 not really");
        serve("/sitemap.xml", 200, "application/xml", "<?xml version=\"1.0\"?><urlset><url><loc>x</loc></url></urlset>");
        serve("/empty-feed", 200, "application/rss+xml",
                "<rss version=\"2.0\"><channel><title>T</title><link>http://x/</link><description>D</description></channel></rss>");
        serve("/broken-feed", 200, "application/atom+xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>");
        serve("/closed", 403, "text/html", "<p>no</p>");
        serve("/down", 503, "text/html", "<p>later</p>");
        serve("/blank", 200, "text/html", "");
        serve("/no-text.html", 200, "text/html", "<html><body><script>x()</script></body></html>");

        assertEquals(base + "/missing: 404 Not Found; check the address", only(web.read(base + "/missing")));
        assertEquals(base + "/report.pdf: not an article page or a feed (content type application/pdf)",
                only(web.read(base + "/report.pdf")));
        assertEquals(base + "/sitemap.xml: not an article page or a feed (XML, but neither RSS, Atom nor a web page)",
                only(web.read(base + "/sitemap.xml")));
        assertEquals(base + "/empty-feed: a feed without items; nothing to read", only(web.read(base + "/empty-feed")));
        assertTrue(only(web.read(base + "/broken-feed")).startsWith(base + "/broken-feed: not an article page or a feed (XML, but not RSS or Atom: "));
        assertEquals(base + "/closed: 403 Forbidden; the site does not let NewsKG read it: save the page and add the file",
                only(web.read(base + "/closed")));
        assertEquals(base + "/down: 503 Service Unavailable; the server is busy or failing, try again later", only(web.read(base + "/down")));
        assertEquals(base + "/blank: an empty answer (no page)", only(web.read(base + "/blank")));
        assertTrue(only(web.read(base + "/no-text.html")).startsWith(base + "/no-text.html: an HTML page without article text"));
        assertEquals("ftp://127.0.0.1/a.txt: only http and https URLs are read, not ftp; save the article and add the file",
                only(web.read("ftp://127.0.0.1/a.txt")));
        assertTrue(only(web.read("http://127.0.0.1:80/a b")).startsWith("http://127.0.0.1:80/a b: not a valid URL ("));
        for (IngestResult r : List.of(web.read(base + "/missing"), web.read(base + "/report.pdf"))) {
            assertFalse(only(r).contains("\n"), "one line");
        }
    }

    @Test
    void aRefusedConnectionIsNamed() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/x";
        assertEquals(url + ": cannot connect (connection refused); check the address, or whether the server is up", only(web.read(url)));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithoutReadingItAll() throws Exception {
        try (WebArticles small = new WebArticles(1000)) {
            serve("/declared", 200, "text/plain", "x".repeat(5000));
            assertEquals(base + "/declared: 5,000 bytes is over the limit of 1,000; raise --max-bytes, or save the article and add the file",
                    only(small.read(base + "/declared")));

            // No Content-Length (chunked): reading stops at the limit, and the server cannot send the rest.
            long total = 256L * 1024 * 1024;
            AtomicLong sent = new AtomicLong();
            CompletableFuture<Boolean> finished = new CompletableFuture<>();
            server.createContext("/endless", ex -> {
                ex.getResponseHeaders().set("Content-Type", "text/plain");
                ex.sendResponseHeaders(200, 0);
                byte[] chunk = "Words and more words.\n".repeat(3000).getBytes(StandardCharsets.UTF_8);
                try (OutputStream out = ex.getResponseBody()) {
                    while (sent.get() < total) {
                        out.write(chunk);
                        sent.addAndGet(chunk.length);
                    }
                    finished.complete(true);
                } catch (IOException e) {
                    finished.complete(false);
                }
            });
            assertEquals(base + "/endless: larger than the limit of 1,000 bytes (the transfer was stopped); "
                    + "raise --max-bytes, or save the article and add the file", only(small.read(base + "/endless")));
            assertFalse(finished.get(20, TimeUnit.SECONDS), "the server could not send everything: the client stopped reading");
            assertTrue(sent.get() < total, "sent " + sent.get());
        }
    }

    @Test
    void aSlowServerIsGivenUpOnAtTheTimeout() {
        server.createContext("/slow", ex -> {
            try {
                Thread.sleep(5000);
                respond(ex, "text/html", PAGE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.createContext("/slow-body", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/plain");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                out.write("A headline\n\nThe first words".getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(5000);
                out.write(" and the rest.\n".getBytes(StandardCharsets.UTF_8));
            } catch (InterruptedException | IOException e) {
                // the client gave up
            }
        });
        try (WebArticles impatient = new WebArticles(ArticleReader.DEFAULT_MAX_BYTES, Duration.ofMillis(500), Duration.ofMillis(400))) {
            for (String path : List.of("/slow", "/slow-body")) {
                long t = System.nanoTime();
                assertEquals(base + path + ": no answer within 0.4 s; the server is slow or down, try again later",
                        only(impatient.read(base + path)));
                assertTrue(System.nanoTime() - t < 3_000_000_000L, path + " took " + (System.nanoTime() - t) / 1e9 + " s");
            }
        }
    }

    @Test
    void redirectsAreFollowedAndTheSourceIsTheUrlAsGiven() {
        serve("/news/ferry.html", 200, "text/html", PAGE);
        server.createContext("/old", ex -> {
            ex.getResponseHeaders().set("Location", base + "/news/ferry.html");
            ex.sendResponseHeaders(301, -1);
            ex.close();
        });
        IngestResult r = web.read(base + "/old");
        assertEquals(List.of(), r.problems());
        assertEquals(List.of(base + "/old"), r.documents().get(0).sources());
    }

    @Test
    void aFeedItemThatLinksToAFeedIsAProblemAndTheUserAgentNamesNewsKg() {
        String[] agent = new String[1];
        server.createContext("/p", ex -> {
            agent[0] = ex.getRequestHeaders().getFirst("User-Agent");
            respond(ex, "text/html", PAGE);
        });
        String feed = """
                <rss version="2.0"><channel><title>T</title><link>%1$s</link><description>D</description>
                <item><title>Page</title><link>%1$s/p</link></item>
                <item><title>Itself</title><link>%1$s/feed</link></item>
                <item><title>No link</title><description>Just words.</description></item>
                </channel></rss>""".formatted(base);
        serve("/feed", 200, "application/rss+xml", feed);
        IngestResult r = web.read(base + "/feed");
        assertEquals(1, r.documents().size());
        assertEquals(List.of(
                new Problem(base + "/feed", "an item without a link ('No link'); not read"),
                new Problem(base + "/feed", "a feed, not an article page; a feed's items must link to pages (an item of the feed "
                        + base + "/feed)")), r.problems());
        assertTrue(agent[0].startsWith("NewsKG/"), agent[0]);
    }

    @Test
    void severalUrlsWithTheSameTextAreOneDocument() {
        serve("/a", 200, "text/html", PAGE);
        serve("/b", 200, "text/html", PAGE);
        IngestResult r = web.read(List.of(base + "/a", base + "/b", base + "/gone"));
        assertEquals(1, r.documents().size());
        assertEquals(List.of(base + "/a", base + "/b"), r.documents().get(0).sources());
        assertEquals(1, r.problems().size());
    }

    @Test
    void urlArgumentsAreToldFromPaths() {
        assertTrue(WebArticles.isUrl("http://example.org/a"));
        assertTrue(WebArticles.isUrl("HTTPS://example.org/feed.xml"));
        assertTrue(WebArticles.isUrl("ftp://example.org/a.txt"));
        assertFalse(WebArticles.isUrl("seeds/a.txt"));
        assertFalse(WebArticles.isUrl("/tmp/http://x"));
        assertFalse(WebArticles.isUrl("C:\\articles\\a.txt"));
    }

    private static void respond(HttpExchange ex, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
