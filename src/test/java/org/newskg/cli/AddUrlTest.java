package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.model.Document;

/**
 * {@code newskg add URL} where no model is needed: when nothing can be fetched (each failure one line,
 * exit 1, no store made), the help, and which stored articles a fetched one replaces. The runs that
 * build are in {@link AddUrlIT}.
 */
class AddUrlTest {
    @TempDir
    Path dir;
    private final CliRun cli = new CliRun(() -> dir);
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void nothingFetchedLeavesTheStoreAloneAndSaysWhy() {
        int code = cli.run("add", base + "/gone.html", "ftp://127.0.0.1/a.txt", "--store", "kg");
        assertEquals(1, code, cli.err());
        assertTrue(cli.err().contains("newskg: skipped " + base + "/gone.html: 404 Not Found; check the address\n"), cli.err());
        assertTrue(cli.err().contains("newskg: skipped ftp://127.0.0.1/a.txt: only http and https URLs are read, not ftp"), cli.err());
        assertTrue(cli.err().contains("newskg add: nothing to add: no input file or URL could be read (see above); the store is unchanged"),
                cli.err());
        assertFalse(Files.exists(dir.resolve("kg")), "no store is made");
    }

    @Test
    void pathsAloneKeepTheirMessage() {
        assertEquals(1, cli.run("add", "no-such-file.txt", "--store", "kg"), cli.err());
        assertTrue(cli.err().contains("nothing to add: no input file could be read (see above); the store is unchanged"), cli.err());
    }

    @Test
    void theHelpNamesUrls() {
        assertEquals(0, cli.run("add", "--help"));
        assertTrue(cli.out().contains("newskg add PATH|URL ..."), cli.out());
        assertTrue(cli.out().contains("RSS/Atom feeds"), cli.out());
    }

    @Test
    void aFetchedArticleReplacesTheStoredOneWithTheSameIdOrSource() {
        Document sameUrl = doc("new", "http://x/a");
        Document sameId = doc("b", "http://x/b2");
        List<Document> stored = List.of(doc("old", "http://x/a"), doc("b", "http://x/b"), doc("c", "files/c.txt"));
        assertEquals(List.of(sameUrl, sameId, doc("c", "files/c.txt")), org.newskg.build.StoredCorpus.replacing(List.of(sameUrl, sameId), stored));
        assertEquals(stored, org.newskg.build.StoredCorpus.replacing(List.of(), stored));
    }

    private static Document doc(String id, String source) {
        return new Document(id, List.of(source), "H", "H\n\nText " + id + ".\n", Optional.empty());
    }
}
