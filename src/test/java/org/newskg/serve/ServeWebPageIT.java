package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.serve.ServeFixture.enc;
import static org.newskg.serve.ServeFixture.mediaType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.query.SavedQueries;
import org.newskg.query.SavedQuery;

/** The web page's files, the saved-query service and the guard against reading outside them. */
class ServeWebPageIT extends SampleServerTestBase {
    @Test
    void thePageAndEveryAssetItNamesAreServedHere() {
        HttpResponse<String> page = http.get("", null);
        assertEquals(200, page.statusCode());
        assertEquals("text/html", mediaType(page));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'self'"));
        assertEquals(page.body(), http.get("index.html", null).body());

        Matcher m = Pattern.compile("<(?:script|link|img)\\b[^>]*?\\b(?:src|href)=\"([^\"]+)\"").matcher(page.body());
        List<String> assets = new ArrayList<>();
        while (m.find()) {
            assets.add(m.group(1));
        }
        assertTrue(assets.contains("/webjars/cytoscape/dist/cytoscape.min.js"), assets.toString());
        assertTrue(assets.contains("/webjars/codemirror/lib/codemirror.js"), assets.toString());
        for (String a : assets) {
            assertTrue(a.startsWith("/") && !a.startsWith("//"), "served by NewsKG itself, no CDN: " + a);
            HttpResponse<String> r = http.get(a.substring(1), null);
            assertEquals(200, r.statusCode(), a);
            String type = mediaType(r);
            assertTrue(type.equals("text/javascript") || type.equals("text/css") || type.equals("image/svg+xml"), a + ": " + type);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), a);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "ui/../pom.xml", "ui/%2e%2e/pom.xml", "ui/..%2fpom.xml", "ui/%2e%2e%2flog4j2.properties", "ui/.%2e/log4j2.properties",
        "ui/..%5clog4j2.properties", "ui/log4j2.properties", "ui/../log4j2.properties", "ui/", "ui", "ui/.hidden.js",
        "ui/newskg.js%00.css", "ui/newskg.js/..", "webjars/cytoscape/../../../../log4j2.properties", "webjars/", "webjars/cytoscape/",
        "webjars/cytoscape/package.json/../../../../../log4j2.properties", "webjars/jquery/jquery.js",
        "webjars/cytoscape/dist", "webjars/..%2f..%2fweb/index.html", "ui//etc/passwd", "ui/%2fetc%2fpasswd",
        "queries/..%2fpom", "queries/../pom.xml", "queries/entities.rq", "queries/%2e%2e%2fqueries%2fentities",
        "org/newskg/serve/KgServer.class", "log4j2.properties",
        // double encoding, path parameters, overlong UTF-8 dots, backslashes, other prefixes
        "ui/%252e%252e/pom.xml", "ui/..;/pom.xml", "ui;/../pom.xml", "%2e%2e/pom.xml", "ui/....//pom.xml",
        "ui/newskg.js%2f..%2f..%2fpom.xml", "webjars/codemirror/..%252f..%252f..%252flog4j2.properties", "ui/%c0%ae%c0%ae/pom.xml",
        "ui/..\\pom.xml", "ui/%5c..%5c..%5cpom.xml", "$/../pom.xml", "newskg/../pom.xml", "queries/..;/pom",
        "webjars/cytoscape/%2e%2e/%2e%2e/META-INF/MANIFEST.MF", "ui/%00/../pom.xml"})
    void nothingOutsideThePageIsServed(String path) throws IOException {
        // A raw request line, so that no client library tidies the path first.
        String response = raw("GET /" + path + " HTTP/1.1");
        int status = Integer.parseInt(response.substring(9, 12));
        assertTrue(status == 400 || status == 404 || status == 405, path + " -> " + status);
        assertFalse(response.contains("rootLogger") || response.contains("<modelVersion>") || response.contains("root:")
                || response.contains("SELECT"), path + " leaked:\n" + response);
    }

    private String raw(String requestLine) throws IOException {
        try (Socket s = new Socket("127.0.0.1", fixture.server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSavedQueriesAreListedWithTheirDescriptions() throws IOException {
        HttpResponse<String> r = http.get("queries", null);
        assertEquals(200, r.statusCode());
        assertEquals("application/json", mediaType(r));
        JsonNode list = new ObjectMapper().readTree(r.body()).get("queries");
        List<SavedQuery> saved = new SavedQueries(Path.of("queries")).list();
        assertEquals(saved.size(), list.size());
        assertTrue(saved.size() >= 4);
        for (int i = 0; i < saved.size(); i++) {
            JsonNode q = list.get(i);
            assertEquals(saved.get(i).name(), q.get("name").asText());
            assertEquals(saved.get(i).description(), q.get("description").asText());
            assertFalse(q.get("description").asText().isBlank());
            assertEquals("/queries/" + saved.get(i).name(), q.get("url").asText());
            assertEquals(saved.get(i).sparql(), q.get("sparql").asText());
        }
        assertEquals(r.body(), http.get("queries/", null).body());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "entities, application/sparql-results+json", "entities, application/sparql-results+xml", "entities, text/csv",
        "entities, text/tab-separated-values", "names, text/csv", "articles, application/sparql-results+json",
        "entity-articles, text/tab-separated-values"})
    void aSavedQueryAnswersExactlyAsTheEndpointDoes(String name, String accept) {
        SavedQuery q = new SavedQueries(Path.of("queries")).find(name).orElseThrow();
        HttpResponse<String> saved = http.get("queries/" + name, accept);
        HttpResponse<String> endpoint = http.get("newskg/sparql?query=" + enc(q.sparql()), accept);
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(accept, mediaType(saved));
        assertEquals(endpoint.body(), saved.body());
        assertTrue(saved.body().contains("Coastal Grain Council") || saved.body().contains("Grain council welcomes"), saved.body());
    }

    @ParameterizedTest(name = "format={0}")
    @CsvSource({"csv, text/csv", "tsv, text/tab-separated-values", "json, application/sparql-results+json",
        "xml, application/sparql-results+xml"})
    void aSavedQueryTakesTheFormatParameter(String format, String type) {
        HttpResponse<String> r = http.get("queries/entities?format=" + format, null);
        assertEquals(200, r.statusCode());
        assertEquals(type, mediaType(r));
    }

    @Test
    void aSavedQueryIsCutAtTheRowLimitWithHeadersThatSaySo(@TempDir Path other) throws IOException {
        // The default limit (10,000) leaves the sample's 10 entities whole, and says so.
        HttpResponse<String> whole = http.get("queries/entities", "text/csv");
        assertEquals("false", whole.headers().firstValue("NewsKG-Result-Truncated").orElse(""));
        assertEquals(Integer.toString(KgServer.DEFAULT_MAX_ROWS), whole.headers().firstValue("NewsKG-Result-Limit").orElse(""));
        assertEquals(ServeFixture.ENTITIES + 1, whole.body().lines().count());

        try (ServeFixture limited = ServeFixture.start(other, b -> b.maxRows(4))) {
            ServeClient client = limited.client();
            HttpResponse<String> cut = client.get("queries/entities", "text/csv");
            assertEquals(200, cut.statusCode());
            assertEquals("true", cut.headers().firstValue("NewsKG-Result-Truncated").orElse(""));
            assertEquals("4", cut.headers().firstValue("NewsKG-Result-Limit").orElse(""));
            assertEquals(whole.body().lines().limit(5).toList(), cut.body().lines().toList(), "the first rows, in the query's order");
            HttpResponse<String> json = client.get("queries/entities?format=json", null);
            assertEquals(4, new ObjectMapper().readTree(json.body()).at("/results/bindings").size());
            // A result within the limit is whole.
            HttpResponse<String> small = client.get("queries/leaders", "text/csv");
            assertEquals("false", small.headers().firstValue("NewsKG-Result-Truncated").orElse(""));
            // The SPARQL endpoint answers every row, as the protocol says, with no such header.
            SavedQuery q = new SavedQueries(Path.of("queries")).find("entities").orElseThrow();
            HttpResponse<String> endpoint = client.get("newskg/sparql?query=" + enc(q.sparql()), "text/csv");
            assertEquals(ServeFixture.ENTITIES + 1, endpoint.body().lines().count());
            assertTrue(endpoint.headers().firstValue("NewsKG-Result-Truncated").isEmpty());
            // and the list of saved queries tells the page the limit
            HttpResponse<String> list = client.get("queries", null);
            assertEquals(4, new ObjectMapper().readTree(list.body()).get("maxRows").asInt());
        }
    }

    @Test
    void aSavedQueryWithASyntaxErrorNamesItsFileLineAndColumnAndTheOthersAreServed(@TempDir Path other) throws IOException {
        Path queries = Files.createDirectories(other.resolve("queries"));
        Files.copy(Path.of("queries/entities.rq"), queries.resolve("entities.rq"));
        Files.writeString(queries.resolve("broken.rq"), """
                # A query with a typo.
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?label WHERE {
                  ?e skos:prefLabel ?label
                  FILTER(?label = )
                }
                """);
        Files.write(queries.resolve("latin1.rq"), "# Caf\u00e9\nSELECT * { ?s ?p ?o }".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        try (ServeFixture f = ServeFixture.start(other, b -> b.savedQueries(new SavedQueries(queries)))) {
            ServeClient client = f.client();
            JsonNode list = new ObjectMapper().readTree(client.get("queries", null).body()).get("queries");
            assertEquals(3, list.size());
            assertEquals("broken", list.get(0).get("name").asText());
            String error = list.get(0).get("error").asText();
            assertTrue(error.startsWith("syntax error in queries/broken.rq at line 5, column 19: "), error);
            assertEquals("entities", list.get(1).get("name").asText());
            assertFalse(list.get(1).has("error"));
            assertTrue(list.get(2).get("error").asText().startsWith("cannot read queries/latin1.rq"), list.get(2).toString());

            HttpResponse<String> broken = client.get("queries/broken", null);
            assertEquals(500, broken.statusCode());
            assertTrue(broken.body().contains("queries/broken.rq at line 5, column 19"), broken.body());
            assertFalse(broken.body().contains(other.toString()), "the server's folders are not shown: " + broken.body());
            HttpResponse<String> good = client.get("queries/entities", "text/csv");
            assertEquals(200, good.statusCode());
            assertEquals(ServeFixture.ENTITIES + 1, good.body().lines().count());

            List<String> problems = KgServer.savedQueryProblems(new SavedQueries(queries));
            assertEquals(2, problems.size(), problems.toString());
            assertTrue(problems.get(0).contains("queries/broken.rq at line 5, column 19"), problems.toString());
        }
    }

    @Test
    void aSavedQueryRunningPastTheTimeoutIsStopped(@TempDir Path other) throws IOException {
        Path queries = Files.createDirectories(other.resolve("queries"));
        // Counting about 10^10 rows: no row comes before the timeout (a SELECT * would be cut at the row limit first).
        Files.writeString(queries.resolve("heavy.rq"), "# Far too much.\nSELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }\n");
        try (ServeFixture f = ServeFixture.start(other, b -> b.savedQueries(new SavedQueries(queries))
                .queryTimeout(java.time.Duration.ofMillis(300)))) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = f.client().get("queries/heavy", null);
            assertEquals(503, r.statusCode(), r.body());
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 15_000);
            assertEquals(200, f.client().get("$/ping", null).statusCode());
        }
    }

    @Test
    void anUnknownSavedQueryIs404() {
        HttpResponse<String> r = http.get("queries/no-such-query", null);
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("GET /queries lists them"), r.body());
    }
}
