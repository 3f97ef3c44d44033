package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestPipeline;
import org.newskg.build.KgBuild;
import org.newskg.model.DocumentFacts;
import org.newskg.nlp.AnnotationCache;
import org.newskg.nlp.NlpConfig;
import org.newskg.rdf.ExtractionRecords;

/**
 * The bulk path (docs/SCALING.md): {@code annotate} writes one extraction record per article, a pure
 * function of it; {@code merge} builds from the records the same graph {@code build} does, into a store
 * or an N-Quads file; {@code load} bulk-loads that file with Jena's tdb2.xloader into a store that
 * answers as the built one. No model is loaded: the seeds' annotations come from the shared cache.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkPathIT {
    private Path dir;
    private String seeds;
    private String cache;
    private CliRun cli;
    private Dataset built;

    @BeforeAll
    void buildTheSeeds(@TempDir Path tmp) throws IOException {
        dir = tmp;
        seeds = TestPipeline.seedsFolder().toString();
        cache = TestPipeline.seedCache().toString();
        cli = new CliRun(() -> dir);
        assertEquals(0, cli.run("build", seeds, "--cache", cache, "--store", "built"), cli.err());
        built = export("built");
    }

    /**
     * The store's graph without its history: each store records its own builds, merges and loads (when,
     * which command), and the comparisons here are of the graphs those made.
     */
    private Dataset export(String store) {
        assertEquals(0, cli.run("export", "--format", "nquads", "--store", store), cli.err());
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(cli.out(), Lang.NQUADS).parse(ds);
        java.util.List<String> history = new java.util.ArrayList<>();
        ds.listModelNames().forEachRemaining(r -> history.add(r.getURI()));
        history.stream().filter(org.newskg.rdf.NKG::isHistory).forEach(ds::removeNamedModel);
        return ds;
    }

    @Test
    void aRecordReadsBackAsTheFactsItWasWrittenFrom() {
        List<DocumentFacts> facts = KgBuild.create().articles(List.of(TestPipeline.seedsFolder()))
                .cache(AnnotationCache.open(TestPipeline.seedCache(), NlpConfig.defaults()))
                .annotator(TestPipeline::annotator).extract().facts();
        assertEquals(5, facts.size());
        for (DocumentFacts f : facts) {
            String nq = ExtractionRecords.toNQuads(f, "test pipeline");
            assertEquals(nq, ExtractionRecords.toNQuads(f, "test pipeline"), "the same facts, the same bytes");
            assertFalse(nq.contains("_:"), "no blank nodes: their labels would differ from run to run");
            Dataset ds = DatasetFactory.create();
            RDFParser.fromString(nq, Lang.NQUADS).parse(ds);
            List<ExtractionRecords.Record> back = ExtractionRecords.read(ds, "test");
            assertEquals(1, back.size());
            assertEquals(f, back.get(0).facts());
            assertEquals("test pipeline", back.get(0).pipeline());
            assertFalse(f.assertions().isEmpty(), "an article of the seeds with no assertion proves little");
        }
    }

    @Test
    void annotateThenMergeGivesTheBuiltGraph() throws IOException {
        assertEquals(0, cli.run("annotate", seeds, "--cache", cache, "--out", "records"), cli.err());
        assertTrue(cli.err().contains("Annotated 5 articles"), cli.err());
        assertFalse(cli.err().contains("Loading CoreNLP"), cli.err());
        List<Path> records = list(dir.resolve("records"));
        assertEquals(5, records.size(), records.toString());
        String first = Files.readString(records.get(0));

        assertEquals(0, cli.run("annotate", seeds, "--cache", cache, "--out", "records"), cli.err());
        assertEquals(first, Files.readString(records.get(0)), "annotating again writes the same bytes");

        assertEquals(0, cli.run("merge", "records", "--store", "merged"), cli.err());
        assertTrue(IsoMatcher.isomorphic(built.asDatasetGraph(), export("merged").asDatasetGraph()),
                "merge builds the graph build builds");
    }

    @Test
    void mergeToNQuadsThenBulkLoadGivesTheBuiltGraph() throws IOException {
        assertEquals(0, cli.run("annotate", seeds, "--cache", cache, "--out", "records-2"), cli.err());
        assertEquals(0, cli.run("merge", "records-2", "--out", "graph.nq"), cli.err());
        assertFalse(Files.exists(dir.resolve("store")), "--out alone leaves every store alone");
        assertEquals(0, cli.run("load", "graph.nq", "--store", "loaded"), cli.err());
        assertTrue(cli.err().contains("Loaded 1 file into"), cli.err());
        assertTrue(IsoMatcher.isomorphic(built.asDatasetGraph(), export("loaded").asDatasetGraph()),
                "the bulk-loaded store holds the built graph");
        assertEquals(0, cli.run("query", "agreements", "--format", "csv", "--store", "loaded"), cli.err());
        assertTrue(cli.out().lines().count() > 1, cli.out());

        // The bulk loader only makes new stores: an existing one is refused and left as it was.
        assertEquals(1, cli.run("load", "graph.nq", "--store", "built"));
        assertTrue(cli.err().contains("is not empty; give a new folder"), cli.err());
        assertTrue(IsoMatcher.isomorphic(built.asDatasetGraph(), export("built").asDatasetGraph()));
    }

    @Test
    void badRecordsAreNamedAndSkipped() throws IOException {
        assertEquals(0, cli.run("annotate", seeds, "--cache", cache, "--out", "records-3"), cli.err());
        Path recs = dir.resolve("records-3");
        Files.writeString(recs.resolve("garbage.nq"), "this is not N-Quads\n", StandardCharsets.UTF_8);
        Files.writeString(recs.resolve("empty.nq"), "", StandardCharsets.UTF_8);
        Files.writeString(recs.resolve(".partial.nq.tmp"), "half a record", StandardCharsets.UTF_8);
        assertEquals(3, cli.run("merge", "records-3", "--store", "merged-3"));
        assertTrue(cli.err().contains("skipped " + recs.resolve("garbage.nq") + ": not N-Quads"), cli.err());
        assertTrue(cli.err().contains("skipped " + recs.resolve("empty.nq") + ": holds no extraction record"), cli.err());
        assertFalse(cli.err().contains(".partial"), "a partial write (hidden) is not read: " + cli.err());
        assertTrue(IsoMatcher.isomorphic(built.asDatasetGraph(), export("merged-3").asDatasetGraph()));

        assertEquals(1, cli.run("merge", "no-such-folder", "--store", "merged-3"));
        assertTrue(cli.err().contains("no extraction records to merge; the store is unchanged"), cli.err());
        assertTrue(IsoMatcher.isomorphic(built.asDatasetGraph(), export("merged-3").asDatasetGraph()));

        Files.writeString(dir.resolve("a-file"), "x");
        assertEquals(2, cli.run("annotate", seeds, "--cache", cache, "--out", "a-file"));
        assertEquals(2, cli.run("annotate", seeds, "--cache", cache));
        assertTrue(cli.err().contains("missing --out"), cli.err());
        assertEquals(2, cli.run("merge"));
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }
}
