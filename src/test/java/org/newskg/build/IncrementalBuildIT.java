package org.newskg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestPipeline;
import org.newskg.extract.ExtractionPipeline;
import org.newskg.ingest.ArticleReader;
import org.newskg.model.Document;
import org.newskg.model.DocumentFacts;
import org.newskg.nlp.AnnotationCache;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.nlp.NlpConfig;
import org.newskg.nlp.ParsedText;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;
import org.newskg.store.StoreSpec;

/**
 * The annotation cache and the incremental build, on the seeds: an annotation read back from the
 * cache gives the same facts as a fresh one; a rebuild of unchanged articles loads no model and
 * gives the same graph as a build from scratch, with any number of threads; a changed corpus
 * annotates only what is new and drops the graphs of what is gone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncrementalBuildIT {
    @TempDir
    static Path dir;

    private Path cacheDir;
    private List<Document> seeds;
    private List<DocumentFacts> freshFacts;

    /** Annotates the seeds once, one after another on this thread, and keeps the annotations in the cache. */
    @BeforeAll
    void annotateSeedsIntoTheCache() {
        cacheDir = dir.resolve("cache");
        AnnotationCache cache = AnnotationCache.open(cacheDir, NlpConfig.defaults());
        seeds = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES).read(List.of(Path.of("seeds"))).documents();
        ExtractionPipeline extractor = ExtractionPipeline.load();
        freshFacts = new ArrayList<>();
        for (Document d : seeds) {
            freshFacts.add(extractor.extract(TestPipeline.annotator().parse(d, cache)));
        }
    }

    private AnnotationCache cache() {
        return AnnotationCache.open(cacheDir, NlpConfig.defaults());
    }

    /** A supplier that fails the test if the build asks for the models. */
    private static Supplier<CoreNlpAnnotator> noModels() {
        return () -> {
            throw new AssertionError("the build loaded the models although every article is cached");
        };
    }

    private static String sortedNQuads(KgStore store) {
        return store.read(ds -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, ds, Lang.NQUADS);
            String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
            Arrays.sort(lines);
            return String.join("\n", lines);
        });
    }

    @Test
    void factsFromACachedAnnotationEqualFactsFromAFreshOne() {
        ExtractionPipeline extractor = ExtractionPipeline.load();
        AnnotationCache cache = cache();
        for (int i = 0; i < seeds.size(); i++) {
            Document d = seeds.get(i);
            ParsedText back = cache.parsed(d).orElseThrow(() -> new AssertionError("not cached: " + d.source()));
            assertEquals(freshFacts.get(i), extractor.extract(back), d.source());
        }
    }

    @Test
    void factsReadBackEqualFromTheFactsCache() throws IOException {
        FactsCache facts = FactsCache.beside(AnnotationCache.open(dir.resolve("facts-test"), NlpConfig.defaults()));
        for (int i = 0; i < seeds.size(); i++) {
            facts.put(seeds.get(i), freshFacts.get(i));
            assertEquals(freshFacts.get(i), facts.get(seeds.get(i)).orElseThrow(), "kept: " + seeds.get(i).source());
        }
        Path entry;
        try (Stream<Path> s = Files.walk(dir.resolve("facts-test"))) {
            entry = s.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        Files.writeString(entry, "{}");
        assertEquals(seeds.size() - 1, seeds.stream().filter(d -> facts.get(d).isPresent()).count(), "a corrupt entry is ignored");
    }

    @Test
    void unchangedRebuildLoadsNoModelAndGivesTheGraphOfAFreshBuild() {
        for (int threads : new int[] {1, 2}) {
            try (KgStore store = KgStore.open(StoreSpec.memory())) {
                BuildReport r = KgBuild.create().articles(List.of(Path.of("seeds"))).cache(cache()).threads(threads)
                        .annotator(noModels()).runInto(store);
                assertEquals(0, r.annotated());
                assertEquals(5, r.cached());
                // TestPipeline.seeds() annotated the seeds afresh, two at a time, without a cache.
                assertEquals(sortedNQuads(TestPipeline.seeds()), sortedNQuads(store), threads + " thread(s)");
            }
        }
    }

    @Test
    void changedCorpusAnnotatesOnlyTheNewArticleAndDropsTheRemovedOnes() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        List<Path> seedFiles;
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            seedFiles = s.sorted().toList();
        }
        for (Path f : seedFiles) {
            Files.copy(f, articles.resolve(f.getFileName()));
        }
        AtomicInteger loads = new AtomicInteger();
        Supplier<CoreNlpAnnotator> counting = () -> {
            loads.incrementAndGet();
            return TestPipeline.annotator();
        };
        try (KgStore store = KgStore.open(StoreSpec.tdb2(dir.resolve("store")))) {
            BuildReport first = KgBuild.create().articles(List.of(articles)).cache(cache()).annotator(noModels()).runInto(store);
            assertEquals(6, first.graphsWritten());

            BuildReport same = KgBuild.create().articles(List.of(articles)).cache(cache()).annotator(noModels()).runInto(store);
            assertEquals(0, same.graphsWritten(), "nothing changed, nothing written");
            assertEquals(0, same.graphsDropped());

            // One article edited (a line added), one removed.
            Path edited = articles.resolve(seedFiles.get(0).getFileName());
            String oldId = ArticleReader.contentId(Files.readString(edited));
            Files.writeString(edited, Files.readString(edited) + "\nThe talks will continue next month.\n");
            Path removed = articles.resolve(seedFiles.get(4).getFileName());
            String removedId = ArticleReader.contentId(Files.readString(removed));
            Files.delete(removed);

            BuildReport changed = KgBuild.create().articles(List.of(articles)).cache(cache()).annotator(counting).runInto(store);
            assertEquals(1, loads.get(), "models loaded once");
            assertEquals(1, changed.annotated(), "only the edited article is annotated");
            assertEquals(3, changed.cached());
            assertEquals(2, changed.graphsDropped(), "the edited article's old graph and the removed one's are dropped");
            List<String> graphs = store.graphNames();
            assertFalse(graphs.contains(NKG.articleIri(oldId)), graphs.toString());
            assertFalse(graphs.contains(NKG.articleIri(removedId)), graphs.toString());
            assertEquals(5, graphs.size(), graphs.toString());

            // The store now holds exactly what a build of these articles into an empty store gives.
            try (KgStore fresh = KgStore.open(StoreSpec.memory())) {
                KgBuild.create().articles(List.of(articles)).cache(cache()).annotator(noModels()).runInto(fresh);
                assertEquals(sortedNQuads(fresh), sortedNQuads(store));
            }
        }
    }

    @Test
    void aCorruptEntryIsAnnotatedAgainNotFatal() throws IOException {
        Path copy = dir.resolve("cache-copy");
        AnnotationCache original = cache();
        Document d = seeds.get(1);
        AnnotationCache c = AnnotationCache.open(copy, NlpConfig.defaults());
        c.put(d, original.get(d).orElseThrow());
        Path entry;
        try (Stream<Path> s = Files.walk(copy)) {
            entry = s.filter(p -> p.toString().endsWith(".ann")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(entry, bytes);
        assertTrue(c.get(d).isEmpty(), "a corrupt entry is not used");
        assertFalse(Files.exists(entry), "and is deleted");

        Files.write(entry, Arrays.copyOf(bytes, 100));   // truncated
        assertTrue(c.get(d).isEmpty());
        Files.writeString(entry, "not an annotation");
        assertTrue(c.get(d).isEmpty());
    }

    @Test
    void entriesDependOnTextDateAndConfiguration() {
        Document d = seeds.get(0);
        Document other = new Document(d.id(), d.sources(), d.headline(), d.text() + " ", d.published());
        Document otherDate = new Document(d.id(), d.sources(), d.headline(), d.text(),
                java.util.Optional.of(d.published().orElse(java.time.LocalDate.of(2000, 1, 1)).plusDays(1)));
        AnnotationCache c = cache();
        assertTrue(c.contains(d));
        assertFalse(c.contains(other));
        assertFalse(c.contains(otherDate));
        NlpConfig base = NlpConfig.defaults();
        java.util.Map<String, String> settings = new java.util.HashMap<>(base.settings());
        settings.put("depparse.maxlen", "80");
        NlpConfig changed = new NlpConfig(base.annotators(), settings);
        assertNotEquals(base.fingerprint(), changed.fingerprint());
        assertFalse(AnnotationCache.open(cacheDir, changed).contains(d));
        assertEquals(base.fingerprint(), NlpConfig.defaults().fingerprint(), "stable");
    }
}
