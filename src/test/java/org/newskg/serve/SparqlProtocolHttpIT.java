package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.serve.ServeFixture.ARTICLE_1;
import static org.newskg.serve.ServeFixture.ENTITIES;
import static org.newskg.serve.ServeFixture.enc;
import static org.newskg.serve.ServeFixture.mediaType;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SPARQL 1.1 Protocol and Graph Store Protocol cases of {@code newskg serve}, over real HTTP:
 * plain {@code java.net.http} requests for each case, and Jena's remote clients. The server runs on
 * a free loopback port over a TDB2 store of the sample graph.
 */
class SparqlProtocolHttpIT extends SampleServerTestBase {
    private static final String ENTITIES_QUERY = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            SELECT ?e ?label WHERE { ?e skos:prefLabel ?label } ORDER BY ?label""";
    private static final String ASK_QUERY = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            ASK { <https://w3id.org/newskg/id/entity/ilsa-marenko> nkg:leaderOf <https://w3id.org/newskg/id/entity/valdoria> }""";
    private static final String CONSTRUCT_QUERY = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            CONSTRUCT { ?s nkg:leaderOf ?o } WHERE { ?s nkg:leaderOf ?o }""";
    private static final String INSERT = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";

    private static ResultSet results(HttpResponse<String> r, Lang lang) {
        return ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang);
    }

    private static List<String> labels(ResultSet rs) {
        return ResultSetFormatter.toList(rs).stream().map(s -> s.getLiteral("label").getLexicalForm()).toList();
    }

    private static Graph articleGraph() {
        return ServeFixture.sampleDataset().asDatasetGraph().getGraph(org.apache.jena.graph.NodeFactory.createURI(ARTICLE_1));
    }

    private static void assertEntitiesAnswer(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("application/sparql-results+json", mediaType(r));
        List<String> labels = labels(results(r, ResultSetLang.RS_JSON));
        assertEquals(ENTITIES, labels.size(), labels.toString());
        assertEquals("Coastal Grain Council", labels.get(0));
    }

    // ---- SPARQL 1.1 Protocol: query -------------------------------------------------------------

    @ParameterizedTest(name = "GET /{0}?query=")
    @CsvSource({"newskg/sparql", "newskg/query", "newskg"})
    void getWithQueryParameter(String service) {
        assertEntitiesAnswer(http.get(service + "?query=" + enc(ENTITIES_QUERY), "application/sparql-results+json"));
    }

    @ParameterizedTest(name = "POST form to /{0}")
    @CsvSource({"newskg/sparql", "newskg/query", "newskg"})
    void postForm(String service) {
        assertEntitiesAnswer(http.post(service, "application/x-www-form-urlencoded", "query=" + enc(ENTITIES_QUERY),
                "application/sparql-results+json"));
    }

    @ParameterizedTest(name = "POST direct to /{0}")
    @CsvSource({"newskg/sparql", "newskg/query", "newskg"})
    void postDirect(String service) {
        assertEntitiesAnswer(http.post(service, "application/sparql-query", ENTITIES_QUERY, "application/sparql-results+json"));
    }

    @Test
    void badSyntaxIs400WithTheParserMessage() {
        HttpResponse<String> g = http.get("newskg/sparql?query=" + enc("SELECT ?x WHERE { ?x"), null);
        HttpResponse<String> f = http.post("newskg/sparql", "application/x-www-form-urlencoded", "query=" + enc("SELEC *"), null);
        HttpResponse<String> d = http.post("newskg/sparql", "application/sparql-query", "SELECT * WHERE {", null);
        for (HttpResponse<String> r : List.of(g, f, d)) {
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("Parse error") || r.body().contains("Lexical error"), r.body());
        }
    }

    @Test
    void aQueryRequestWithoutAQueryIsRefused() {
        assertEquals(400, http.post("newskg/sparql", "application/x-www-form-urlencoded", "nothing=here", null).statusCode());
        assertEquals(404, http.get("newskg/sparql", null).statusCode());    // Fuseki: no service description
    }

    @ParameterizedTest(name = "SELECT as {0}")
    @CsvSource({
        "application/sparql-results+json, application/sparql-results+json",
        "application/sparql-results+xml,  application/sparql-results+xml",
        "text/csv,                        text/csv",
        "text/tab-separated-values,       text/tab-separated-values",
        "application/json,                application/json",
        "*/*,                             application/sparql-results+json"})
    void selectResultFormatsByContentNegotiation(String accept, String expected) {
        HttpResponse<String> r = http.get("newskg/sparql?query=" + enc(ENTITIES_QUERY), accept);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(expected, mediaType(r));
        Lang lang = expected.equals("application/json") ? ResultSetLang.RS_JSON : RDFLanguages.contentTypeToLang(expected);
        List<String> labels = labels(results(r, lang));
        assertEquals(ENTITIES, labels.size());
        assertTrue(labels.contains("Ilsa Marenko"), labels.toString());
    }

    @ParameterizedTest(name = "SELECT with format={0}")
    @CsvSource({"json, application/sparql-results+json", "xml, application/sparql-results+xml", "csv, text/csv",
        "tsv, text/tab-separated-values"})
    void selectResultFormatsByParameter(String format, String expected) {
        HttpResponse<String> r = http.get("newskg/sparql?format=" + format + "&query=" + enc(ENTITIES_QUERY), null);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(expected, mediaType(r));
    }

    @ParameterizedTest(name = "ASK as {0}")
    @CsvSource({"application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"})
    void askResultFormats(String accept) {
        HttpResponse<String> r = http.get("newskg/sparql?query=" + enc(ASK_QUERY), accept);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(accept, mediaType(r));
        assertTrue(r.body().contains("true"), r.body());
    }

    @ParameterizedTest(name = "CONSTRUCT as {0}")
    @CsvSource({"text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json", "application/rdf+json",
        "application/trig", "application/n-quads"})
    void constructInEveryRdfSyntax(String accept) {
        HttpResponse<String> r = http.get("newskg/sparql?query=" + enc(CONSTRUCT_QUERY), accept);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(accept, mediaType(r));
        Lang lang = RDFLanguages.contentTypeToLang(accept);
        DatasetGraph got = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(r.body(), lang).parse(got);
        Graph g = got.getDefaultGraph().isEmpty() ? got.getUnionGraph() : got.getDefaultGraph();
        assertEquals(2, g.size(), r.body());    // Marenko leads Valdoria; Reyvald leads Norvessa (said by both articles)
    }

    @Test
    void describeAnswersAGraph() {
        HttpResponse<String> r = http.get("newskg/sparql?query=" + enc("DESCRIBE <" + ServeFixture.ENTITY + "valdoria>"), "text/turtle");
        assertEquals(200, r.statusCode());
        assertEquals("text/turtle", mediaType(r));
        assertTrue(r.body().contains("Valdoria"), r.body());
    }

    // ---- Graph Store Protocol (read) ------------------------------------------------------------

    @ParameterizedTest(name = "GET /{0}?graph= as {1}")
    @CsvSource({"newskg/data, text/turtle", "newskg/get, application/n-triples", "newskg/data, application/rdf+xml",
        "newskg/data, application/ld+json", "newskg, text/turtle"})
    void namedGraphByGraphStoreProtocol(String service, String accept) {
        HttpResponse<String> r = http.get(service + "?graph=" + enc(ARTICLE_1), accept);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(accept, mediaType(r));
        Graph got = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), RDFLanguages.contentTypeToLang(accept)).parse(got);
        assertTrue(IsoMatcher.isomorphic(articleGraph(), got), "the article's graph as stored");
    }

    @Test
    void defaultGraphAndUnionByGraphStoreProtocol() {
        // The stored default graph of a NewsKG store holds nothing: everything is in named graphs, and
        // queries read their union. ?graph=union (a Fuseki extension) gives that union.
        HttpResponse<String> dft = http.get("newskg/data?default", "application/n-triples");
        assertEquals(200, dft.statusCode());
        assertEquals("", dft.body().strip());
        HttpResponse<String> union = http.get("newskg/data?graph=union", "application/n-triples");
        assertEquals(200, union.statusCode());
        Graph got = GraphFactory.createDefaultGraph();
        RDFParser.fromString(union.body(), Lang.NTRIPLES).parse(got);
        assertTrue(IsoMatcher.isomorphic(ServeFixture.sampleDataset().asDatasetGraph().getUnionGraph(), got));
    }

    @ParameterizedTest(name = "GET /newskg as {0}")
    @CsvSource({"application/trig", "application/n-quads", "application/ld+json"})
    void wholeDatasetWithItsNamedGraphs(String accept) {
        HttpResponse<String> r = http.get("newskg", accept);
        assertEquals(200, r.statusCode());
        assertEquals(accept, mediaType(r));
        DatasetGraph got = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(r.body(), RDFLanguages.contentTypeToLang(accept)).parse(got);
        assertTrue(IsoMatcher.isomorphic(ServeFixture.sampleDataset().asDatasetGraph(), got), "every named graph, as stored");
    }

    @Test
    void aGraphThatIsNotThereIs404() {
        assertEquals(404, http.get("newskg/data?graph=" + enc("https://w3id.org/newskg/id/article/none"), "text/turtle").statusCode());
    }

    // ---- read-only: every way of changing the data is refused -----------------------------------

    @Test
    void updatesAreRejectedAndChangeNothing() {
        HttpResponse<String> toUpdate = http.post("newskg/update", "application/sparql-update", INSERT, null);
        HttpResponse<String> toQuery = http.post("newskg/sparql", "application/sparql-update", INSERT, null);
        HttpResponse<String> asForm = http.post("newskg/sparql", "application/x-www-form-urlencoded", "update=" + enc(INSERT), null);
        HttpResponse<String> toDataset = http.post("newskg", "application/sparql-update", INSERT, null);
        HttpResponse<String> gspPost = http.post("newskg/data?default", "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> .", null);
        HttpResponse<String> gspPut = http.send(http.request("newskg/data?graph=" + enc(ARTICLE_1))
                .header("Content-Type", "text/turtle").PUT(BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> .")).build());
        HttpResponse<String> gspDelete = http.send(http.request("newskg/data?graph=" + enc(ARTICLE_1)).DELETE().build());
        HttpResponse<String> quadsPost = http.post("newskg", "application/trig", "<urn:x:a> <urn:x:b> <urn:x:c> .", null);
        assertAll(
                () -> assertEquals(405, toUpdate.statusCode(), toUpdate.body()),
                () -> assertTrue(toUpdate.body().contains("read-only"), toUpdate.body()),
                () -> assertEquals(415, toQuery.statusCode(), toQuery.body()),
                () -> assertEquals(400, asForm.statusCode(), asForm.body()),
                () -> assertEquals(400, toDataset.statusCode(), toDataset.body()),
                () -> assertEquals(405, gspPost.statusCode(), gspPost.body()),
                () -> assertEquals(405, gspPut.statusCode(), gspPut.body()),
                () -> assertEquals(405, gspDelete.statusCode(), gspDelete.body()),
                () -> assertEquals(405, quadsPost.statusCode(), quadsPost.body()));
        HttpResponse<String> ask = http.get("newskg/sparql?query=" + enc("ASK { <urn:x:a> ?p ?o }"), "application/sparql-results+json");
        assertTrue(ask.body().contains("false"), ask.body());
        HttpResponse<String> still = http.get("newskg/data?graph=" + enc(ARTICLE_1), "application/n-triples");
        Graph got = GraphFactory.createDefaultGraph();
        RDFParser.fromString(still.body(), Lang.NTRIPLES).parse(got);
        assertTrue(IsoMatcher.isomorphic(articleGraph(), got), "the article's graph is unchanged");
    }

    @Test
    void serviceIsRefusedAndNothingIsFetched() throws Exception {
        // A listener standing in for a machine on the server's network: no request may reach it.
        try (java.net.ServerSocket victim = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            victim.setSoTimeout(500);
            String target = "http://127.0.0.1:" + victim.getLocalPort() + "/internal";
            for (String q : List.of("SELECT * { SERVICE <" + target + "> { ?s ?p ?o } }",
                    "SELECT * { SERVICE SILENT <" + target + "> { ?s ?p ?o } }",
                    "SELECT * { BIND(<" + target + "> AS ?u) SERVICE ?u { ?s ?p ?o } }")) {
                HttpResponse<String> r = http.get("newskg/sparql?query=" + enc(q), "application/sparql-results+json");
                assertTrue(r.statusCode() == 422 || (r.statusCode() == 200 && r.body().contains("\"bindings\"")), r.statusCode() + " " + r.body());
                if (r.statusCode() == 422) {
                    assertTrue(r.body().contains("SERVICE"), r.body());
                }
            }
            assertThrows(java.net.SocketTimeoutException.class, victim::accept, "the server fetched a SERVICE URL");
        }
    }

    // ---- server endpoints -----------------------------------------------------------------------

    @Test
    void pingAndStats() {
        HttpResponse<String> ping = http.get("$/ping", null);
        assertEquals(200, ping.statusCode());
        HttpResponse<String> stats = http.get("$/stats", null);
        assertEquals(200, stats.statusCode());
        assertEquals("application/json", mediaType(stats));
        assertTrue(stats.body().contains("\"/newskg\""), stats.body());
    }

    // ---- Jena's remote clients ------------------------------------------------------------------

    @Test
    void jenaRdfConnectionQueriesFetchesAndCannotUpdate() {
        try (RDFConnection conn = RDFConnection.connect(fixture.dataset())) {
            List<String> labels;
            try (QueryExecution qe = conn.query(ENTITIES_QUERY)) {
                labels = labels(qe.execSelect());
            }
            assertEquals(ENTITIES, labels.size());
            assertTrue(conn.queryAsk(ASK_QUERY));
            Model article = conn.fetch(ARTICLE_1);
            assertFalse(article.isEmpty());
            Dataset all = conn.fetchDataset();
            assertTrue(IsoMatcher.isomorphic(ServeFixture.sampleDataset().asDatasetGraph(), all.asDatasetGraph()));
            assertThrows(org.apache.jena.atlas.web.HttpException.class, () -> conn.update(INSERT));
            assertThrows(org.apache.jena.atlas.web.HttpException.class,
                    () -> conn.load(ServeFixture.sampleDataset().getDefaultModel()));
        }
    }

    @ParameterizedTest(name = "QueryExecutionHTTP {0}")
    @CsvSource({"asGetAlways", "asPostForm", "asPost"})
    void jenaQueryExecutionHttpInEverySendMode(String mode) {
        try (QueryExecution qe = QueryExecutionHTTP.service(fixture.url() + "newskg/sparql")
                .query(ENTITIES_QUERY).sendMode(QuerySendMode.valueOf(mode)).build()) {
            assertEquals(ENTITIES, labels(qe.execSelect()).size());
        }
    }

    @Test
    void aQueryRunningPastTheTimeoutIsStopped(@TempDir Path other) {
        // Four copies of every triple: about 10^10 rows to count, far longer than a quarter second.
        String heavy = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        try (ServeFixture slow = ServeFixture.start(other, b -> b.queryTimeout(java.time.Duration.ofMillis(250)))) {
            ServeClient client = slow.client();
            long t0 = System.nanoTime();
            HttpResponse<String> r = client.get("newskg/sparql?query=" + enc(heavy), null);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(ms < 15_000, "stopped after " + ms + " ms");
            // and the server still answers
            HttpResponse<String> ok = client.get("newskg/sparql?query=" + enc(ASK_QUERY), null);
            assertEquals(200, ok.statusCode());
        }
    }

    @Test
    void withAllowUpdateOnlyLoggedInUsersChangeTheData(@TempDir Path other) throws java.io.IOException {
        Path users = java.nio.file.Files.writeString(other.resolve("users.txt"), "editor: s3cret\n");
        try (ServeFixture rw = ServeFixture.start(other, b -> b.allowUpdate(users))) {
            ServeClient client = rw.client();
            HttpRequest.Builder update = client.request("newskg/update").header("Content-Type", "application/sparql-update")
                    .POST(BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> <urn:x:c> } }"));
            assertEquals(401, client.send(update.copy().build()).statusCode(), "no login");
            assertEquals(401, client.send(update.copy().header("Authorization", basic("editor", "wrong")).build()).statusCode());
            assertEquals(204, client.send(update.copy().header("Authorization", basic("editor", "s3cret")).build()).statusCode());

            HttpResponse<String> seen = client.get("newskg/sparql?query=" + enc("ASK { <urn:x:a> <urn:x:b> <urn:x:c> }"),
                    "application/sparql-results+json");
            assertEquals(200, seen.statusCode(), "reading needs no login");
            assertTrue(seen.body().contains("true"), seen.body());

            HttpRequest.Builder put = client.request("newskg/data?graph=" + enc("urn:x:g2"))
                    .header("Content-Type", "text/turtle").PUT(BodyPublishers.ofString("<urn:x:a> <urn:x:b> \"d\" ."));
            assertEquals(401, client.send(put.copy().build()).statusCode());
            assertEquals(201, client.send(put.copy().header("Authorization", basic("editor", "s3cret")).build()).statusCode());
            assertEquals(200, client.get("newskg/get?graph=" + enc("urn:x:g2"), null).statusCode());
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
