package org.newskg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.history.Change;
import org.newskg.history.ChangeSet;
import org.newskg.history.CorpusState;
import org.newskg.model.Assertion;
import org.newskg.model.Document;
import org.newskg.model.DocumentFacts;
import org.newskg.model.EntityKey;
import org.newskg.model.EntityType;
import org.newskg.model.Evidence;
import org.newskg.model.LocalEntity;
import org.newskg.model.Mention;
import org.newskg.model.Relation;
import org.newskg.query.QueryRunner;
import org.newskg.query.SavedQueries;
import org.newskg.store.KgStore;
import org.newskg.store.StoreSpec;

/**
 * A build into a store that holds articles already records what changed from the part of the store it
 * changes (the graphs it writes or drops, and the entities they name), not from the whole store: the
 * record must be the one the whole store's states before and after give. Invented names, no CoreNLP.
 */
class IncrementalHistoryTest {
    private static final KgBuild.History HISTORY = new KgBuild.History("build more", new SavedQueries(Path.of("queries"))
            .find("contradictions").map(q -> QueryRunner.parse(q.sparql(), q.file().toString())));

    private static LocalEntity e(int id, EntityType type, String name) {
        EntityKey key = type == EntityType.COUNTRY ? EntityKey.country(name.substring(0, 2).toUpperCase()) : null;
        return new LocalEntity(id, type, name, new LinkedHashSet<>(List.of(name)), key, List.of(new Mention(0, 0, name.length(), name)));
    }

    private static Evidence ev(String doc) {
        return new Evidence(doc, 0, "A sentence.", 0, 11, "test", 0.8);
    }

    /** An article: Ana Vellmora meets someone and signs the Grey Strait Accord, given a place and a date. */
    private static DocumentFacts article(String id, String source, String met, String place) {
        List<LocalEntity> es = List.of(e(0, EntityType.PERSON, "Ana Vellmora"), e(1, EntityType.PERSON, met),
                e(2, EntityType.AGREEMENT, "Grey Strait Accord"), e(3, EntityType.CITY, place));
        List<Assertion> as = List.of(Assertion.between(0, Relation.MET_WITH, 1, ev(id)), Assertion.between(0, Relation.SIGNED, 2, ev(id)),
                Assertion.between(2, Relation.LOCATION, 3, ev(id)), Assertion.literal(2, Relation.DATE, "2024-03-01", ev(id)));
        return new DocumentFacts(new Document(id, List.of(source), "Headline " + id, "Text of " + id, Optional.empty()), es, as);
    }

    private static List<DocumentFacts> corpus(DocumentFacts... extra) {
        List<DocumentFacts> docs = new ArrayList<>();
        for (int d = 0; d < 8; d++) {
            docs.add(article("doc" + d, "doc" + d + ".txt", "Tomas Qirel" + (d % 3), "Port Elsen"));
        }
        docs.addAll(List.of(extra));
        return docs;
    }

    private static List<Change> build(KgStore store, List<DocumentFacts> docs) {
        KgBuild.Extraction x = new KgBuild.Extraction(docs, List.of(), 0, Map.of(), 0);
        CorpusState before = KgBuild.state(store, HISTORY);
        BuildReport r = KgBuild.store(x, KgBuild.Resolved.of(docs), store, 2, HISTORY);
        List<Change> whole = ChangeSet.between(before, KgBuild.state(store, HISTORY));
        List<Change> recorded = r.change().map(c -> c.changes()).orElse(List.of());
        assertEquals(whole, recorded, "the record says what the whole store's states say");
        return recorded;
    }

    @Test
    void recordsWhatTheWholeStoreWouldFromThePartThatChanges() {
        assertTrue(HISTORY.contradictions().isPresent(), "the saved query contradictions");
        try (KgStore store = KgStore.open(StoreSpec.memory())) {
            build(store, corpus());
            // One article more: a new person, a fact told again, and the accord given another place.
            List<Change> more = build(store, corpus(article("doc8", "doc8.txt", "Lena Marsh", "Velmora")));
            List<Change.Kind> kinds = more.stream().map(Change::kind).distinct().toList();
            assertTrue(kinds.containsAll(List.of(Change.Kind.ARTICLE_ADDED, Change.Kind.NEW_ENTITY, Change.Kind.NEW_FACT,
                    Change.Kind.FACT_CORROBORATED, Change.Kind.NEW_CONTRADICTION)), more.toString());
            // One article changed in place, one removed: the entity only it named goes, facts weaken.
            List<DocumentFacts> docs = corpus(article("doc8b", "doc8.txt", "Lena Marsh", "Port Elsen"));
            docs.remove(3);
            List<Change> less = build(store, docs);
            List<Change.Kind> lessKinds = less.stream().map(Change::kind).distinct().toList();
            assertTrue(lessKinds.containsAll(List.of(Change.Kind.ARTICLE_CHANGED, Change.Kind.ARTICLE_REMOVED,
                    Change.Kind.FACT_WEAKENED, Change.Kind.CONTRADICTION_GONE)), less.toString());
            assertEquals(List.of(), build(store, docs), "the same corpus again changes nothing");
        }
    }

    @Test
    void aGraphWhoseDigestTheStoreKeepsIsNotReadBack() {
        try (KgStore store = KgStore.open(StoreSpec.memory())) {
            List<DocumentFacts> docs = corpus();
            KgBuild.Extraction x = new KgBuild.Extraction(docs, List.of(), 0, Map.of(), 0);
            BuildReport first = KgBuild.store(x, KgBuild.Resolved.of(docs), store, 2, KgBuild.History.NONE, Map.of());
            assertEquals(9, first.graphDigests().size(), "the entities graph and 8 articles");
            // Behind the build's back (what the store's digest guards against in a TDB2 folder): a triple more.
            String doc0 = org.newskg.rdf.NKG.articleIri("doc0");
            store.write(ds -> ds.getNamedModel(doc0).add(ds.getDefaultModel().createResource("urn:x:s"),
                    ds.getDefaultModel().createProperty("urn:x:p"), "tampered"));
            List<DocumentFacts> more = corpus(article("doc8", "doc8.txt", "Lena Marsh", "Velmora"));
            KgBuild.Extraction y = new KgBuild.Extraction(more, List.of(), 0, Map.of(), 0);
            BuildReport trusted = KgBuild.store(y, KgBuild.Resolved.of(more), store, 2, KgBuild.History.NONE, first.graphDigests());
            assertEquals(2, trusted.graphsWritten(), "the new article and the entities graph");
            assertEquals(first.graphDigests().get(doc0), trusted.graphDigests().get(doc0));
            long size = store.read(ds -> ds.getNamedModel(doc0).size());
            boolean tampered = store.read(ds -> ds.getNamedModel(doc0).contains(null, null, "tampered"));
            assertTrue(tampered, "taken as stored, not read back");
            BuildReport compared = KgBuild.store(y, KgBuild.Resolved.of(more), store, 2, KgBuild.History.NONE);
            assertEquals(1, compared.graphsWritten(), "without the digests, the graph is compared and written again");
            assertEquals(size - 1, (long) store.read(ds -> ds.getNamedModel(doc0).size()));
        }
    }
}
