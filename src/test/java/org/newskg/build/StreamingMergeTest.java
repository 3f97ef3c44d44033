package org.newskg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.model.Assertion;
import org.newskg.model.Document;
import org.newskg.model.DocumentFacts;
import org.newskg.model.EntityKey;
import org.newskg.model.EntityType;
import org.newskg.model.Evidence;
import org.newskg.model.LocalEntity;
import org.newskg.model.Mention;
import org.newskg.model.Relation;
import org.newskg.rdf.CorpusGraphs;
import org.newskg.store.KgStore;
import org.newskg.store.StoreSpec;

/**
 * The streaming writers of {@code merge} give, quad for quad, the graph the in-memory path gives: the
 * N-Quads file graph by graph, and a new TDB2 store through the bulk loader (with the same record in
 * its history, but for the clock).
 */
class StreamingMergeTest {
    private static LocalEntity e(int id, EntityType type, EntityKey key, String name, int at) {
        return new LocalEntity(id, type, name, new LinkedHashSet<>(List.of(name)), key, List.of(new Mention(0, at, at + name.length(), name)));
    }

    /** Articles with invented people and bodies, some named by several, a fact told twice, and a literal. */
    private static List<DocumentFacts> articles() {
        List<DocumentFacts> docs = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            String id = "doc" + d;
            String person = d % 2 == 0 ? "Ana Vellmorra" : "Ana Vellmora";
            List<LocalEntity> es = List.of(e(0, EntityType.PERSON, null, person, 0), e(1, EntityType.ORGANIZATION, null, "Office of Marine Surveys", 20),
                    e(2, EntityType.COUNTRY, EntityKey.country("FR"), "France", 50), e(3, EntityType.PERSON, null, "Tomas Qirel" + (d % 3), 60));
            List<Assertion> as = List.of(
                    Assertion.between(0, Relation.MEMBER_OF, 1, new Evidence(id, 0, "s", 0, 40, "test", 0.8)),
                    Assertion.between(3, Relation.MET_WITH, 0, new Evidence(id, 1, "t", 60, 90, "test", 0.6)),
                    Assertion.literal(0, Relation.HOLDS_TITLE, "Director", new Evidence(id, 0, "s", 0, 40, "test", 0.9)));
            docs.add(new DocumentFacts(new Document(id, List.of(id + ".txt"), "Headline " + d, "Text of article " + d,
                    Optional.of(java.time.LocalDate.of(2024, 1, 1 + d))), es, as));
        }
        return docs;
    }

    private static List<String> sortedLines(String nquads) {
        return nquads.lines().filter(l -> !l.isBlank()).sorted().toList();
    }

    @Test
    void nQuadsWrittenGraphByGraphAreTheWholeGraphsQuads(@TempDir Path tmp) throws IOException {
        KgBuild.Resolved r = KgBuild.Resolved.of(articles());
        Dataset ds = DatasetFactory.create();
        CorpusGraphs.of(r.corpus()).forEach(ds::addNamedModel);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        RDFDataMgr.write(whole, ds, Lang.NQUADS);
        KgMerge.Written w = KgMerge.writeNQuads(r, tmp.resolve("graph.nq"));
        List<String> streamed = sortedLines(Files.readString(tmp.resolve("graph.nq")));
        assertEquals(sortedLines(whole.toString(StandardCharsets.UTF_8)), streamed);
        assertEquals(7, w.graphs(), "the entities graph and six articles");
        assertEquals(ds.asDatasetGraph().stream().count(), w.triples());
        assertTrue(streamed.size() > 100, "a graph worth comparing: " + streamed.size());
    }

    @Test
    void aNewStoreLoadedInBulkHoldsWhatAStoreUpdateWrites(@TempDir Path tmp) throws IOException {
        List<DocumentFacts> docs = articles();
        KgBuild.Extraction x = new KgBuild.Extraction(docs, List.of(), 0, Map.of(), 0);
        KgBuild.History history = new KgBuild.History("merge records", Optional.empty());
        Path bulk = tmp.resolve("bulk");
        Files.createDirectories(bulk);    // an empty folder counts as new
        assertTrue(KgMerge.isNewStore(bulk));
        BuildReport loaded = KgMerge.loadNewStore(x, KgBuild.Resolved.of(docs), bulk, history);
        BuildReport updated;
        try (KgStore store = KgStore.open(StoreSpec.tdb2(tmp.resolve("updated")))) {
            updated = KgBuild.store(x, KgBuild.Resolved.of(docs), store, 2, history);
        }
        assertEquals(dump(tmp.resolve("updated")), dump(bulk));
        assertEquals(updated.triples(), loaded.triples());
        assertEquals(updated.graphsWritten(), loaded.graphsWritten());
        assertEquals(updated.change().orElseThrow().changes(), loaded.change().orElseThrow().changes());
        assertFalse(KgMerge.isNewStore(bulk), "the store is in place");
        assertFalse(Files.exists(tmp.resolve(".bulk.merging")), "nothing left beside it");
    }

    /** The store's quads, sorted, without the times its history records. */
    private static List<String> dump(Path folder) {
        try (KgStore store = KgStore.open(StoreSpec.tdb2(folder))) {
            String nq = store.read(ds -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RDFDataMgr.write(out, ds, Lang.NQUADS);
                return out.toString(StandardCharsets.UTF_8);
            });
            return sortedLines(nq).stream().filter(l -> !l.contains("AtTime>")).toList();
        }
    }
}
