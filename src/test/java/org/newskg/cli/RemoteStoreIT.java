package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.StandaloneFuseki;
import org.newskg.TestPipeline;
import org.newskg.build.KgBuild;
import org.newskg.nlp.AnnotationCache;
import org.newskg.nlp.NlpConfig;
import org.newskg.query.QueryRunner;
import org.newskg.query.SavedQueries;
import org.newskg.query.SavedQuery;
import org.newskg.store.Credentials;
import org.newskg.store.GraphStore;
import org.newskg.store.KgStore;
import org.newskg.store.StoreException;
import org.newskg.store.StoreSpec;

/**
 * {@code --store URL}: the seeds built into a real standalone Fuseki (jena-fuseki-server from Maven
 * Central, its own process, TDB2, basic auth) answer every saved query as NewsKG's embedded store does;
 * a rebuild replaces graphs rather than duplicating them, drops removed articles' graphs and leaves other
 * data alone; credentials come from a file or the environment, and each failure says what to do.
 * The CoreNLP models are loaded once per test JVM ({@link TestPipeline}); the CLI builds here read the
 * seeds' annotation cache ({@link TestPipeline#seedCache}), so they load none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemoteStoreIT {
    private static final String USER = "writer";
    private static final String PASSWORD = "s3cret-pass";

    private Path dir;
    private StandaloneFuseki fuseki;
    private Path cache;
    private Path credentials;
    /** The same articles, by the same path, built into NewsKG's embedded store. */
    private final KgStore embedded = KgStore.open(StoreSpec.memory());

    @BeforeAll
    void buildSeedsIntoFuseki(@TempDir Path tmp) throws IOException {
        dir = tmp;
        fuseki = StandaloneFuseki.start(dir.resolve("fuseki"), StandaloneFuseki.Options.writable(USER + ": " + PASSWORD));
        credentials = Files.writeString(dir.resolve("store-credentials"), "# the test store's writer\n" + USER + ":" + PASSWORD + "\n");
        cache = TestPipeline.seedCache();
        KgBuild.create().articles(List.of(seeds()))
                .store(remote())
                .history(new KgBuild.History("build seeds", Optional.empty()))    // a remote store keeps its history too
                .cache(AnnotationCache.open(cache, NlpConfig.defaults()))
                .annotator(TestPipeline::annotator)
                .run();
        KgBuild.create().articles(List.of(seeds()))
                .cache(AnnotationCache.open(cache, NlpConfig.defaults()))
                .annotator(TestPipeline::annotator)
                .runInto(embedded);
    }

    @AfterAll
    void stop() {
        embedded.close();
        if (fuseki != null) {
            fuseki.close();
        }
    }

    private static Path seeds() {
        return TestPipeline.seedsFolder();
    }

    private StoreSpec remote() {
        return StoreSpec.remote(java.net.URI.create(fuseki.dataset()), Optional.of(new Credentials(USER, PASSWORD)));
    }

    private String[] withStore(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--store", fuseki.dataset(), "--store-credentials", credentials.toString()));
        return all.toArray(String[]::new);
    }

    /** The saved queries of the seeds' graph; {@code changes} reads a store's history, which is the store's own (below). */
    static Stream<String> savedQueries() {
        return new SavedQueries(Path.of("queries")).list().stream().map(SavedQuery::name).filter(n -> !n.equals("changes"));
    }

    @Test
    void changesAnswersWithTheRemoteStoresHistory() {
        SavedQuery q = new SavedQueries(Path.of("queries")).find("changes").orElseThrow();
        try (GraphStore store = GraphStore.open(remote())) {
            List<org.newskg.history.CorpusChange> history = store.read(org.newskg.rdf.ChangeGraphs::read);
            assertFalse(history.isEmpty(), "the CLI's build of the remote store is recorded");
            ResultSetRewindable rows = QueryRunner.select(store, QueryFactory.create(q.sparql()));
            assertEquals(history.stream().mapToInt(c -> c.changes().size()).sum(), rows.size(), "a row per recorded change item");
            assertEquals(history.get(history.size() - 1).sequence(), rows.next().getLiteral("change").getInt(), "newest first");
        }
    }

    @ParameterizedTest(name = "saved query {0}")
    @MethodSource("savedQueries")
    void savedQueryAnswersAsTheEmbeddedStore(String name) {
        SavedQuery q = new SavedQueries(Path.of("queries")).find(name).orElseThrow();
        ResultSetRewindable ours = QueryRunner.select(embedded, QueryFactory.create(q.sparql()));
        ResultSetRewindable theirs;
        try (GraphStore store = GraphStore.open(remote())) {
            theirs = QueryRunner.select(store, QueryFactory.create(q.sparql()));
        }
        assertTrue(ours.size() > 0, name + " finds nothing in the seeds: the comparison would prove nothing");
        assertEquals(rows(ours), rows(theirs), name + ": the remote store answers differently");
    }

    @Test
    void theRemoteGraphsAreTheEmbeddedOnes() {
        try (GraphStore store = GraphStore.open(remote())) {
            assertEquals(embedded.graphNames(), store.graphNames().stream().filter(g -> !org.newskg.rdf.NKG.isHistory(g)).toList(),
                    "the same graphs, and the remote's history");
            store.read(remoteDs -> embedded.read(local -> {
                for (String g : embedded.graphNames()) {
                    assertTrue(local.getNamedModel(g).isIsomorphicWith(remoteDs.getNamedModel(g)), g);
                }
                return null;
            }));
        }
    }

    @Test
    void theCliWorksOnTheRemoteStoreAsOnAFolder() throws IOException {
        CliRun cli = new CliRun(() -> dir);
        // A rebuild with the cache filled: no model loaded, every graph PUT again, none duplicated.
        long before = quads();
        assertEquals(0, cli.run(withStore("build", seeds().toString(), "--cache", cache.toString())), cli.err());
        assertTrue(cli.err().contains("annotated: 0 (cached: 5)"), cli.err());
        assertFalse(cli.err().contains("Loading CoreNLP"), cli.err());
        assertEquals(before, quads(), "a rebuild replaces graphs (PUT), it does not add to them");

        // The same commands on a local store built from the same cache print the same.
        Path local = dir.resolve("local-store");
        assertEquals(0, cli.run("build", seeds().toString(), "--cache", cache.toString(), "--store", local.toString()), cli.err());
        for (String name : List.of("agreements", "leaders", "contradictions")) {
            assertEquals(0, cli.run("query", name, "--format", "json", "--store", local.toString()), cli.err());
            List<String> fromFolder = rows(json(cli.out()));
            assertEquals(0, cli.run(withStore("query", name, "--format", "json")), cli.err());
            assertEquals(fromFolder, rows(json(cli.out())), name);
            assertFalse(fromFolder.isEmpty(), name + " answered no rows");
        }
        assertEquals(0, cli.run(withStore("validate")), cli.out() + cli.err());
        assertEquals(0, cli.run(withStore("export", "--format", "nquads")), cli.err());
        Dataset exported = org.apache.jena.query.DatasetFactory.create();
        RDFParser.fromString(cli.out(), Lang.NQUADS).parse(exported);
        assertEquals(0, cli.run("export", "--format", "nquads", "--store", local.toString()), cli.err());
        Dataset exportedLocal = org.apache.jena.query.DatasetFactory.create();
        RDFParser.fromString(cli.out(), Lang.NQUADS).parse(exportedLocal);
        // The two stores' histories differ (their own builds, at their own times): the rest is the same.
        for (Dataset d : List.of(exported, exportedLocal)) {
            List<String> history = new ArrayList<>();
            d.listModelNames().forEachRemaining(r -> history.add(r.getURI()));
            history.stream().filter(org.newskg.rdf.NKG::isHistory).forEach(d::removeNamedModel);
        }
        assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(exportedLocal.asDatasetGraph(), exported.asDatasetGraph()));
        assertEquals(0, cli.run(withStore("eval", "--gold", Path.of("src/test/resources/eval/seeds-gold.json").toAbsolutePath().toString())), cli.err());
        assertTrue(cli.out().contains("fact precision"), cli.out());
    }

    @Test
    void aRebuildDropsRemovedArticlesAndLeavesOtherDataAlone() throws IOException {
        String foreign = "urn:example:someone-elses-graph";
        Model other = ModelFactory.createDefaultModel();
        other.createResource("urn:example:thing").addProperty(other.createProperty("urn:example:p"), "kept");
        org.apache.jena.sparql.exec.http.GSP.service(fuseki.dataset()).graphName(foreign)
                .httpHeader("Authorization", basic()).PUT(other.getGraph());

        Path fewer = Files.createDirectories(dir.resolve("fewer"));
        List<Path> seeds;
        try (Stream<Path> s = Files.list(seeds())) {
            seeds = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path p : seeds.subList(0, 3)) {
            Files.copy(p, fewer.resolve(p.getFileName()));
        }
        CliRun cli = new CliRun(() -> dir);
        try {
            assertEquals(0, cli.run(withStore("build", fewer.toString(), "--cache", cache.toString(), "--replace")), cli.err());
            assertTrue(cli.err().contains("dropped: 2"), cli.err());
            try (GraphStore store = GraphStore.open(remote())) {
                assertEquals(4, store.graphNames().stream().filter(g -> !org.newskg.rdf.NKG.isHistory(g)).count(),
                        "the entities graph and three articles: " + store.graphNames());
                assertTrue(store.graphNames().stream().anyMatch(org.newskg.rdf.NKG::isHistory), "the history is kept");
            }
            assertEquals(0, cli.run(withStore("query", "--sparql", "SELECT ?o { GRAPH <" + foreign + "> { ?s ?p ?o } }", "--format", "csv")), cli.err());
            assertEquals(List.of("o", "kept"), cli.out().lines().toList(), "a graph that is not NewsKG's is left alone");
        } finally {
            // Back to all the seeds, for the other tests of this class.
            assertEquals(0, cli.run(withStore("build", seeds().toString(), "--cache", cache.toString())), cli.err());
        }
    }

    @Test
    void credentialsComeFromAFileOrTheEnvironmentAndFailuresSayWhatToDo() throws IOException {
        Path noCache = dir.resolve("no-such-cache");
        CliRun noLogin = new CliRun(() -> dir, Map.of());
        assertEquals(1, noLogin.run("query", "agreements", "--store", fuseki.dataset()));
        assertTrue(noLogin.err().contains("wants a user name and password: set NEWSKG_STORE_USER and NEWSKG_STORE_PASSWORD"), noLogin.err());

        CliRun fromEnv = new CliRun(() -> dir, Map.of(Credentials.USER_VARIABLE, USER, Credentials.PASSWORD_VARIABLE, PASSWORD));
        assertEquals(0, fromEnv.run("query", "agreements", "--format", "csv", "--store", fuseki.dataset()), fromEnv.err());
        assertTrue(fromEnv.out().lines().count() > 1, fromEnv.out());

        CliRun wrong = new CliRun(() -> dir, Map.of(Credentials.USER_VARIABLE, USER, Credentials.PASSWORD_VARIABLE, "wrong"));
        assertEquals(1, wrong.run("query", "agreements", "--store", fuseki.dataset()));
        assertTrue(wrong.err().contains("refused the user name and password"), wrong.err());
        assertEquals(1, wrong.run("build", seeds().toString(), "--store", fuseki.dataset(), "--cache", noCache.toString()));
        assertTrue(wrong.err().contains("refused the user name and password"), wrong.err());
        assertFalse(wrong.err().contains("Loading CoreNLP"), "the store is checked before any model is loaded: " + wrong.err());

        CliRun cli = new CliRun(() -> dir);
        String withPassword = fuseki.dataset().replace("http://", "http://" + USER + ":" + PASSWORD + "@");
        assertEquals(2, cli.run("query", "agreements", "--store", withPassword));
        assertTrue(cli.err().contains("no user name or password in --store"), cli.err());
        assertFalse(cli.err().contains(PASSWORD), "the password is not echoed: " + cli.err());

        Path empty = Files.writeString(dir.resolve("empty-credentials"), "\n");
        assertEquals(1, cli.run("query", "agreements", "--store", fuseki.dataset(), "--store-credentials", empty.toString()));
        assertTrue(cli.err().contains("should hold one line 'user:password'"), cli.err());

        String down = "http://127.0.0.1:" + StandaloneFuseki.freePort() + "/newskg";
        assertEquals(1, cli.run("query", "agreements", "--store", down));
        assertTrue(cli.err().contains("cannot connect; is the store running"), cli.err());

        assertEquals(1, fromEnv.run("query", "agreements", "--store", fuseki.base() + "no-such-dataset"));
        assertTrue(fromEnv.err().contains("no SPARQL endpoint there"), fromEnv.err());

        assertEquals(1, fromEnv.run("serve", "--store", fuseki.dataset()));
        assertTrue(fromEnv.err().contains("serve needs a store folder"), fromEnv.err());
        assertEquals(2, cli.run("query", "agreements", "--store-credentials", credentials.toString()));
        assertTrue(cli.err().contains("are for a remote store"), cli.err());
    }

    @Test
    void aStoreWithoutAUnionDefaultGraphIsRefusedWithHowToSetIt() {
        try (StandaloneFuseki separate = StandaloneFuseki.start(dir.resolve("fuseki-no-union"),
                new StandaloneFuseki.Options(false, true, Optional.empty()))) {
            StoreSpec spec = StoreSpec.remote(java.net.URI.create(separate.dataset()), Optional.empty());
            KgBuild.create().articles(List.of(seeds()))
                    .store(spec)
                    .cache(AnnotationCache.open(cache, NlpConfig.defaults()))
                    .annotator(TestPipeline::annotator)
                    .run();
            StoreException e = assertThrows(StoreException.class, () -> GraphStore.open(spec).close());
            assertTrue(e.getMessage().contains("tdb2:unionDefaultGraph true"), e.getMessage());
        }
    }

    private static ResultSetRewindable json(String text) {
        return ResultSetMgr.read(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON).rewindable();
    }

    /**
     * The rows as sorted strings, each value of a GROUP_CONCAT ("a, b" or "a | b") with its parts sorted: a store
     * joins them in its own order (TDB2: the order its node ids were made in), which SPARQL leaves open.
     */
    private static List<String> rows(ResultSetRewindable rs) {
        rs.reset();
        List<String> rows = new ArrayList<>();
        rs.forEachRemaining(b -> {
            List<String> cells = new ArrayList<>();
            rs.getResultVars().forEach(v -> {
                org.apache.jena.rdf.model.RDFNode n = b.get(v);
                String cell = n == null ? "" : n.isLiteral()
                        ? Stream.of(n.asLiteral().getLexicalForm().split(", | \\| ")).sorted().toList() + "@" + n.asLiteral().getLanguage()
                                + "^^" + n.asLiteral().getDatatypeURI()
                        : n.toString();
                cells.add(v + "=" + cell);
            });
            rows.add(String.join(" | ", cells));
        });
        rs.reset();
        rows.sort(null);
        return rows;
    }

    private long quads() {
        try (GraphStore store = GraphStore.open(remote())) {
            return store.query(QueryFactory.create("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"),
                    qe -> qe.execSelect().next().getLiteral("n").getLong());
        }
    }

    private static String basic() {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
