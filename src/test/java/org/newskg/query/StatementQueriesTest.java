package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.Test;
import org.newskg.model.Assertion;
import org.newskg.model.Document;
import org.newskg.model.DocumentFacts;
import org.newskg.model.EntityType;
import org.newskg.model.Evidence;
import org.newskg.model.Factuality;
import org.newskg.model.LocalEntity;
import org.newskg.model.Mention;
import org.newskg.model.Relation;
import org.newskg.rdf.CorpusGraphs;
import org.newskg.resolve.Resolver;
import org.newskg.store.KgStore;
import org.newskg.store.StoreSpec;

/**
 * The saved queries over statements that are not plain facts, on hand-built articles (invented
 * names, no CoreNLP): one article says two people met, another denies it and announces a visit.
 */
class StatementQueriesTest {
    private static final SavedQueries SAVED = new SavedQueries(Path.of("queries"));

    private static LocalEntity person(int id, String name) {
        return new LocalEntity(id, EntityType.PERSON, name, new LinkedHashSet<>(List.of(name)), null, List.of(new Mention(0, 0, name.length(), name)));
    }

    private static DocumentFacts article(String id, String headline, List<LocalEntity> entities, Assertion... facts) {
        return new DocumentFacts(new Document(id, List.of(id + ".txt"), headline, headline + ".", Optional.empty()), entities, List.of(facts));
    }

    private static Evidence ev(String doc, Factuality f) {
        return new Evidence(doc, 0, "A sentence.", 0, 11, "test", 0.7, f);
    }

    private static List<QuerySolution> rows(String query) {
        DocumentFacts says = article("a", "Ana Example Met Ivo Sample", List.of(person(0, "Ana Example"), person(1, "Ivo Sample")),
                Assertion.between(0, Relation.MET_WITH, 1, ev("a", Factuality.ASSERTED)));
        Factuality denied = new Factuality(Factuality.Status.NEGATED, "denied", null, new Factuality.Attribution("Ivo Sample", 1, null));
        Factuality planned = new Factuality(Factuality.Status.PLANNED, "will", "2031-05-02", null);
        LocalEntity port = new LocalEntity(2, EntityType.CITY, "Port Adel", new LinkedHashSet<>(List.of("Port Adel")), null,
                List.of(new Mention(0, 20, 29, "Port Adel")));
        DocumentFacts denies = article("b", "Sample Denies Meeting", List.of(person(0, "Ana Example"), person(1, "Ivo Sample"), port),
                Assertion.between(1, Relation.MET_WITH, 0, ev("b", denied)),
                Assertion.between(1, Relation.VISITED, 2, ev("b", planned)));
        try (KgStore store = KgStore.open(StoreSpec.memory())) {
            store.replaceAll(CorpusGraphs.of(Resolver.resolve(List.of(says, denies))));
            ResultSetRewindable rs = QueryRunner.select(store, QueryRunner.parse(SAVED.find(query).orElseThrow().sparql(), query));
            List<QuerySolution> out = new ArrayList<>();
            rs.forEachRemaining(out::add);
            return out;
        }
    }

    private static String str(QuerySolution r, String v) {
        return r.contains(v) ? r.get(v).isLiteral() ? r.getLiteral(v).getLexicalForm() : r.get(v).toString() : "";
    }

    @Test
    void contradictionsShowADenialAgainstAnAssertion() {
        List<QuerySolution> rows = rows("contradictions");
        assertEquals(1, rows.size(), rows.toString());
        QuerySolution r = rows.get(0);
        assertEquals("metWith", str(r, "relation"));
        assertEquals("Ana Example Met Ivo Sample", str(r, "oneSource"));
        assertEquals("Sample Denies Meeting", str(r, "otherSource"));
        assertEquals("not " + str(r, "one"), str(r, "other"));
    }

    @Test
    void plannedListsTheAnnouncedVisitWithItsDate() {
        List<QuerySolution> rows = rows("planned");
        assertEquals(1, rows.size(), rows.toString());
        QuerySolution r = rows.get(0);
        assertEquals(List.of("Ivo Sample", "visited", "Port Adel", "2031-05-02", "will"),
                List.of(str(r, "subject"), str(r, "relation"), str(r, "object"), str(r, "expected"), str(r, "cue")));
    }

    @Test
    void aDeniedMeetingIsNoPlainTriple() {
        assertEquals(0, rows("planned").stream().filter(r -> str(r, "relation").equals("metWith")).count());
        try (KgStore store = KgStore.open(StoreSpec.memory())) {
            DocumentFacts only = article("c", "Denial", List.of(person(0, "Ana Example"), person(1, "Ivo Sample")),
                    Assertion.between(0, Relation.MET_WITH, 1, ev("c", new Factuality(Factuality.Status.NEGATED, "not", null, null))));
            store.replaceAll(CorpusGraphs.of(Resolver.resolve(List.of(only))));
            int triples = store.read(ds -> ds.getUnionModel().listStatements(null, org.newskg.rdf.NKG.metWith,
                    (org.apache.jena.rdf.model.RDFNode) null).toList().size());
            assertEquals(0, triples, "a denied meeting is only on its evidence");
        }
    }
}
