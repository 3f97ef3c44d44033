package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.newskg.model.Assertion;
import org.newskg.model.Document;
import org.newskg.model.DocumentFacts;
import org.newskg.model.EntityType;
import org.newskg.model.Evidence;
import org.newskg.model.LocalEntity;
import org.newskg.model.Mention;
import org.newskg.model.Relation;
import org.newskg.resolve.Resolver;

/**
 * {@link UpdatePlan} on hand-built articles (invented names), no CoreNLP: after every batch the graph
 * satisfies the shapes, every article graph is its old or its new version, and the last batch leaves
 * exactly the new graphs. The two corpora differ in the ways that make a mix of old and new graphs
 * invalid: an entity renamed, an article dropped and one added, an entity whose type changes, and a
 * fact that names an entity its article does not mention (an inferred party).
 */
class UpdatePlanTest {
    private static final GraphValidator VALIDATOR = GraphValidator.load();

    private static LocalEntity entity(int id, EntityType type, String key, String name) {
        return new LocalEntity(id, type, name, new LinkedHashSet<>(List.of(name)), org.newskg.model.EntityKey.parse(key), List.of(new Mention(0, 0, name.length(), name)));
    }

    private static DocumentFacts article(String id, List<LocalEntity> entities, Assertion... facts) {
        return new DocumentFacts(new Document(id, List.of(id + ".txt"), "Headline " + id, "Text of " + id + ".", Optional.empty()),
                entities, List.of(facts));
    }

    private static Assertion fact(String doc, int subject, Relation r, int object) {
        return Assertion.between(subject, r, object, new Evidence(doc, 0, "A sentence.", 0, 11, "test", 0.9));
    }

    // "lead" gives the signatory of "sign" a country, so "sign" holds an inferred fact about Freedonia
    // (which it never mentions) for as long as "lead" is there.
    private static final DocumentFacts LEAD = article("a-lead", List.of(entity(0, EntityType.PERSON, "", "Maria Vantersen"),
            entity(1, EntityType.COUNTRY, "country:FD", "Freedonia")), fact("a-lead", 0, Relation.LEADER_OF, 1));
    private static final DocumentFacts SIGN = article("b-sign", List.of(entity(0, EntityType.PERSON, "", "Vantersen"),
            entity(1, EntityType.AGREEMENT, "", "Harbour Accord")), fact("b-sign", 0, Relation.SIGNED, 1));
    // The Lumen Council is an organization in the old corpus (located somewhere), a country in the new one (visited).
    private static final DocumentFacts COUNCIL_NEW = article("c-council", List.of(entity(0, EntityType.PERSON, "", "Piet Korrel"),
            entity(1, EntityType.COUNTRY, "", "Lumen Council")), fact("c-council", 0, Relation.VISITED, 1));
    private static final DocumentFacts COUNCIL_OLD = article("d-council", List.of(entity(0, EntityType.ORGANIZATION, "", "Lumen Council"),
            entity(1, EntityType.CITY, "", "Port Adel")), fact("d-council", 0, Relation.LOCATED_IN, 1));
    private static final DocumentFacts TRIP = article("e-trip", List.of(entity(0, EntityType.PERSON, "", "Piet Korrel"),
            entity(1, EntityType.CITY, "", "Port Adel")), fact("e-trip", 0, Relation.VISITED, 1));

    private static final Map<String, Model> OLD = CorpusGraphs.of(Resolver.resolve(List.of(LEAD, SIGN, COUNCIL_OLD, TRIP)));
    private static final Map<String, Model> NEW = CorpusGraphs.of(Resolver.resolve(List.of(SIGN, COUNCIL_NEW, TRIP)));

    private static void everyStateValid(Map<String, Model> before, Map<String, Model> after, int batch) {
        List<Map<String, Model>> states = PlanStates.of(before, after, batch);
        for (int k = 0; k < states.size(); k++) {
            Map<String, Model> s = states.get(k);
            String where = "batch size " + batch + ", after batch " + k + " of " + (states.size() - 1);
            assertEquals(List.of(), VALIDATOR.validate(PlanStates.union(s).getGraph()), where);
            for (String g : s.keySet()) {
                if (!g.equals(NKG.ENTITIES_GRAPH)) {
                    assertTrue(before.containsKey(g) && before.get(g).isIsomorphicWith(s.get(g))
                            || after.containsKey(g) && after.get(g).isIsomorphicWith(s.get(g)), where + ": " + g + " is neither old nor new");
                }
            }
        }
        assertTrue(PlanStates.same(after, states.get(states.size() - 1)), "batch size " + batch + ": the last batch leaves the new graphs");
    }

    @Test
    void theCorporaDifferAsIntended() {
        assertEquals(List.of(), VALIDATOR.validate(PlanStates.union(OLD).getGraph()));
        assertEquals(List.of(), VALIDATOR.validate(PlanStates.union(NEW).getGraph()));
        String freedonia = NKG.entityIri("freedonia");
        assertTrue(OLD.get(NKG.articleIri("b-sign")).containsResource(OLD.get(NKG.ENTITIES_GRAPH).createResource(freedonia)),
                "the old signing article names Freedonia");
        assertTrue(OLD.get(NKG.articleIri("e-trip")).isIsomorphicWith(NEW.get(NKG.articleIri("e-trip"))), "one article is left alone");
        Model oldE = OLD.get(NKG.ENTITIES_GRAPH);
        Model newE = NEW.get(NKG.ENTITIES_GRAPH);
        assertTrue(oldE.contains(oldE.createResource(NKG.entityIri("lumen-council")), org.apache.jena.vocabulary.RDF.type, NKG.Organization));
        assertTrue(newE.contains(newE.createResource(NKG.entityIri("lumen-council")), org.apache.jena.vocabulary.RDF.type, NKG.Country));
    }

    @Test
    void everyBatchLeavesAValidGraph() {
        for (int batch : new int[] {1, 2, 3, 64}) {
            everyStateValid(OLD, NEW, batch);
            everyStateValid(NEW, OLD, batch);
            everyStateValid(Map.of(), OLD, batch);
        }
    }

    @Test
    void anArticleThatNamesAnotherOnesEntityGoesInItsBatch() {
        List<List<String>> batches = new ArrayList<>();
        for (UpdatePlan.Batch b : PlanStates.plan(OLD, NEW, 1)) {
            List<String> graphs = new ArrayList<>(b.drop());
            graphs.addAll(b.put().keySet());
            batches.add(graphs);
        }
        assertTrue(batches.contains(List.of(NKG.articleIri("a-lead"), NKG.articleIri("b-sign"))), batches.toString());
        assertEquals(3, batches.size(), "a-lead with b-sign, c-council, d-council: " + batches);
    }

    @Test
    void aBuildsRecordGoesWithTheLastBatchWhateverItNames() {
        // The record names entities of every article (a change per fact); it must not pull them into one batch.
        org.newskg.history.CorpusState before = org.newskg.history.CorpusState.empty();
        Map<String, Model> after = new java.util.LinkedHashMap<>(NEW);
        org.newskg.history.CorpusState state = ChangeGraphs.state(NEW, Optional.empty());
        List<org.newskg.history.Change> changes = org.newskg.history.ChangeSet.between(before, state);
        assertTrue(changes.stream().anyMatch(c -> c.fact().isPresent()), changes.toString());
        String record = NKG.changeIri(1);
        after.put(record, ChangeGraphs.graph(new org.newskg.history.CorpusChange(1, "build", java.time.Instant.EPOCH,
                java.time.Instant.EPOCH, changes)));
        List<UpdatePlan.Batch> plan = PlanStates.plan(OLD, after, 1);
        assertEquals(3, plan.size(), "the record adds no batch and joins none");
        assertTrue(plan.get(2).put().containsKey(record), "the record is written with the last batch");
        for (int k = 0; k < 2; k++) {
            assertTrue(!plan.get(k).put().containsKey(record), "not before: batch " + k);
        }
        everyStateValid(OLD, after, 1);
    }
}
