package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.newskg.eval.Score.Ratio;
import org.newskg.model.EntityType;
import org.newskg.model.Names;
import org.newskg.store.KgStore;
import org.newskg.store.StoreSpec;

/** Scores invented graphs (no CoreNLP) and checks every figure exactly. */
class ScorerTest {
    private static final String PREFIXES = """
            PREFIX nkg:  <https://w3id.org/newskg/ontology#>
            PREFIX ent:  <https://w3id.org/newskg/id/entity/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    static Path resource(String name) {
        try {
            return Path.of(ScorerTest.class.getResource("/eval/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Model turtle(String ttl) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(PREFIXES + ttl, Lang.TURTLE).parse(m);
        return m;
    }

    private static Score fixture() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(resource("graph.ttl")).parse(m);
        return Scorer.score(m, GoldFile.read(resource("gold.json")));
    }

    // The fixture: src/test/resources/eval/graph.ttl against gold.json; the comments there say why.

    @Test
    void entityFigures() {
        Score s = fixture();
        assertEquals(new Ratio(7, 8), s.entityRecall(), "all required but hall (only an Organization node)");
        assertEquals(new Ratio(10, 12), s.entityPrecision(), "Dara Gull and Port Sel are spurious");
        assertEquals(new Ratio(6, 7), s.typeAccuracy(), "Ostmark is a City, not a Country");
        assertEquals(new Ratio(8, 7), s.fragmentation(), "varro has two nodes");
        assertEquals(1.142857, s.fragmentation().value(), 1e-6);
        assertEquals(1, s.overMergedNodes());
    }

    @Test
    void factFigures() {
        Score s = fixture();
        assertEquals(new Ratio(9, 11), s.factRecall());
        assertEquals(new Ratio(7, 9), s.relationRecall());
        assertEquals(new Ratio(10, 13), s.factPrecision());
    }

    @Test
    void details() {
        Score s = fixture();
        assertEquals(List.of("hall (Place: Veyra Hall)"), s.missedEntities());
        assertEquals(List.of("Dara Gull [Person]", "Port Sel [Place]"), s.spuriousNodes());
        assertEquals(List.of("Brimley [Organization] matches brimley, council"), s.overMerged());
        assertEquals(List.of(
                "Brimley [Organization] matches brimley (City)",
                "Ostmark [City] matches ostmark (Country)",
                "Veyra Hall [Organization] matches hall (Place)"), s.mistypedNodes());
        assertEquals(List.of("norland partyTo|signed accord", "ostmark dependsOn norland"), s.missedFacts());
        assertEquals(List.of(
                "Ada Varro [Person] holdsTitle \"Chancellor\"",
                "Ostmark [City] inConflictWith The Republic of Norland [Country]",
                "The Republic of Norland [Country] dependsOn Ostmark [City]"), s.wrongTriples());
    }

    /**
     * A gold statement the article plans (or denies...) is no fact: not counted in recall, wrong as a
     * plain triple (and counted as stated as fact), and kept when an evidence node of that status
     * reifies it.
     */
    @Test
    void aPlannedStatementIsNoFactAndIsKeptOnItsEvidence() {
        String gold = """
                {"entities": [{"id": "ann", "type": "Person", "names": ["Ann Arrow"]},
                              {"id": "bo", "type": "Person", "names": ["Bo Birch"]},
                              {"id": "cy", "type": "Person", "names": ["Cy Cole"]}],
                 "facts": [{"s": "ann", "p": ["metWith"], "o": "bo", "symmetric": true, "status": "planned"},
                           {"s": "ann", "p": ["metWith"], "o": "cy", "symmetric": true, "status": "negated"}]}
                """;
        Model m = turtle("""
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                ent:ann a nkg:Person ; skos:prefLabel "Ann Arrow" .
                ent:bo a nkg:Person ; skos:prefLabel "Bo Birch" .
                ent:cy a nkg:Person ; skos:prefLabel "Cy Cole" ; nkg:metWith ent:ann .
                <urn:ev:1> a nkg:Evidence ; rdf:subject ent:ann ; rdf:predicate nkg:metWith ; rdf:object ent:bo ; nkg:status nkg:Planned .
                """);
        Score s = Scorer.score(m, GoldFile.parse(gold, "inline"));
        assertEquals(new Ratio(0, 0), s.factRecall(), "neither is a fact to find");
        assertEquals(new Ratio(1, 2), s.statementsAsFacts(), "the denied meeting is a plain triple");
        assertEquals(new Ratio(1, 2), s.statementsKept(), "the planned one is kept as planned");
        assertEquals(new Ratio(0, 1), s.factPrecision(), "the denied meeting as a triple is wrong");
        assertTrue(s.wrongTriples().stream().anyMatch(w -> w.contains("[negated] stated as a fact")), s.wrongTriples().toString());
    }

    /** Gold files say what articles say: a fact only the knowledge base supplies is not judged. */
    @Test
    void aKnowledgeBaseFactIsNotJudged() {
        String gold = """
                {"entities": [{"id": "adel", "type": "City", "names": ["Port Adel"]},
                              {"id": "fd", "type": "Country", "names": ["Freedonia"]}],
                 "facts": []}
                """;
        Model m = turtle("""
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                ent:adel a nkg:City ; skos:prefLabel "Port Adel" ; nkg:locatedIn ent:fd .
                ent:fd a nkg:Country ; skos:prefLabel "Freedonia" .
                <urn:d:1> a nkg:Derivation ; rdf:subject ent:adel ; rdf:predicate nkg:locatedIn ; rdf:object ent:fd .
                """);
        assertEquals(new Ratio(0, 0), Scorer.score(m, GoldFile.parse(gold, "inline")).factPrecision());
        m.add(m.createResource("urn:ev:1"), org.apache.jena.vocabulary.RDF.type, m.createResource("https://w3id.org/newskg/ontology#Evidence"))
                .add(m.createResource("urn:ev:1"), org.apache.jena.vocabulary.RDF.subject, m.createResource("https://w3id.org/newskg/id/entity/adel"))
                .add(m.createResource("urn:ev:1"), org.apache.jena.vocabulary.RDF.predicate, m.createResource("https://w3id.org/newskg/ontology#locatedIn"))
                .add(m.createResource("urn:ev:1"), org.apache.jena.vocabulary.RDF.object, m.createResource("https://w3id.org/newskg/id/entity/fd"));
        assertEquals(new Ratio(0, 1), Scorer.score(m, GoldFile.parse(gold, "inline")).factPrecision(), "an article states it too: judged");
    }

    @Test
    void figureLines() {
        assertEquals(List.of(
                "entity recall      0.875 (7/8)",
                "entity precision   0.833 (10/12)",
                "type accuracy      0.857 (6/7)",
                "fragmentation      1.143 (8/7)",
                "over-merged nodes  1",
                "fact recall        0.818 (9/11)",
                "relation recall    0.778 (7/9)",
                "fact precision     0.769 (10/13)",
                "qualified as fact    n/a (0/0)",
                "qualified kept       n/a (0/0)"), fixture().figureLines());
    }

    @Test
    void detailLinesHaveHeadingsWithCounts() {
        List<String> lines = fixture().detailLines();
        assertTrue(lines.contains("missed entities (required, not found with an acceptable type): 1"), lines.toString());
        assertTrue(lines.contains("  Dara Gull [Person]"), lines.toString());
        assertTrue(lines.contains("wrong triples (match no gold fact): 3"), lines.toString());
    }

    private static final GoldFile TWO_PEOPLE = GoldFile.parse("""
            {"entities": [
              {"id": "a", "type": "Person", "names": ["Ann Arrow"]},
              {"id": "b", "type": "Person", "names": ["Ben Bolt"]},
              {"id": "c", "type": "Country", "names": ["Corvia"]}],
             "facts": [
              {"s": "a", "p": ["metWith"], "o": "b", "symmetric": true},
              {"s": "a", "p": ["leaderOf"], "o": "c"}]}
            """, "two-people");

    private static final String TWO_PEOPLE_NODES = """
            ent:a a nkg:Person ; skos:prefLabel "Ann Arrow" .
            ent:b a nkg:Person ; skos:prefLabel "Ben Bolt" .
            ent:c a nkg:Country ; skos:prefLabel "Corvia" .
            """;

    @Test
    void symmetricFactsHoldEitherWayOthersOnlyOneWay() {
        Score forward = Scorer.score(turtle(TWO_PEOPLE_NODES + "ent:a nkg:metWith ent:b . ent:a nkg:leaderOf ent:c ."), TWO_PEOPLE);
        assertEquals(new Ratio(2, 2), forward.factRecall());
        assertEquals(new Ratio(2, 2), forward.factPrecision());
        Score backward = Scorer.score(turtle(TWO_PEOPLE_NODES + "ent:b nkg:metWith ent:a . ent:c nkg:leaderOf ent:a ."), TWO_PEOPLE);
        assertEquals(new Ratio(1, 2), backward.factRecall());
        assertEquals(new Ratio(1, 2), backward.factPrecision());
        assertEquals(List.of("a leaderOf c"), backward.missedFacts());
        assertEquals(List.of("Corvia [Country] leaderOf Ann Arrow [Person]"), backward.wrongTriples());
    }

    @Test
    void predicatesAreJudgedByLocalNameInAnyNamespace() {
        Score s = Scorer.score(turtle(TWO_PEOPLE_NODES + "ent:a <http://example.org/vocab/leaderOf> ent:c ."), TWO_PEOPLE);
        assertEquals(new Ratio(1, 2), s.factRecall());
        assertEquals(new Ratio(1, 1), s.factPrecision());
    }

    @Test
    void aTripleWithAnEndOutsideTheGoldIsNotJudged() {
        Score s = Scorer.score(turtle(TWO_PEOPLE_NODES + """
                ent:d a nkg:Person ; skos:prefLabel "Dan Dune" .
                ent:a nkg:metWith ent:d . ent:d nkg:metWith ent:b . ent:a nkg:metWith ent:x .
                """), TWO_PEOPLE);
        assertEquals(new Ratio(0, 0), s.factPrecision());
        assertTrue(Double.isNaN(s.factPrecision().value()));
        assertTrue(s.figureLines().contains("fact precision       n/a (0/0)"), s.figureLines().toString());
        assertEquals(List.of("Dan Dune [Person]"), s.spuriousNodes());
    }

    @Test
    void literalFactsContainTheTextIgnoringCase() {
        GoldFile gold = GoldFile.parse("""
                {"entities": [{"id": "a", "type": "Person", "names": ["Ann Arrow"]},
                              {"id": "b", "type": "Person", "names": ["Ben Bolt"]}],
                 "facts": [{"s": "a", "p": ["holdsTitle"], "literal": "Foreign Minister"},
                           {"s": "a", "p": ["holdsTitle"], "literal": "Envoy", "required": false}]}
                """, "titles");
        Score s = Scorer.score(turtle("""
                ent:a a nkg:Person ; skos:prefLabel "Ann Arrow" .
                ent:b a nkg:Person ; skos:prefLabel "Ben Bolt" .
                ent:a nkg:holdsTitle "deputy FOREIGN MINISTER"@en .   # holds, right
                ent:a nkg:holdsTitle "special envoy" .                # right: the optional fact
                ent:a nkg:holdsTitle "Minister" .                     # wrong: does not contain the text
                ent:b nkg:holdsTitle "Mayor" .                        # not judged: no title for b in the gold
                ent:a nkg:holdsTitle ent:b .                          # not judged: not a literal
                """), gold);
        assertEquals(new Ratio(1, 1), s.factRecall());
        assertEquals(new Ratio(0, 0), s.relationRecall());
        assertEquals(new Ratio(2, 3), s.factPrecision());
        assertEquals(List.of("Ann Arrow [Person] holdsTitle \"Minister\""), s.wrongTriples());
    }

    @Test
    void patternIsSearchedInFoldedLabels() {
        GoldFile gold = GoldFile.parse("""
                {"entities": [{"id": "p", "type": "Agreement", "names": ["Tern Treaty"], "pattern": "tern.*(treaty|pact)"},
                              {"id": "q", "type": "Agreement", "names": ["Q"], "pattern": "^quay accord$"}]}
                """, "patterns");
        Score s = Scorer.score(turtle("""
                ent:p1 a nkg:Agreement ; rdfs:label "The Kestrel-Tern Pact" .     # found anywhere in "kestrel tern pact"
                ent:p2 a nkg:Agreement ; rdfs:label "Tern-Island TREATY" .       # folded before matching
                ent:q1 a nkg:Agreement ; rdfs:label "New Quay Accord" .          # anchored pattern: no match
                """), gold);
        assertEquals(new Ratio(1, 2), s.entityRecall());
        assertEquals(new Ratio(2, 1), s.fragmentation());
        assertEquals(List.of("New Quay Accord [Agreement]"), s.spuriousNodes());
    }

    @Test
    void aNodeMatchingSeveralEntriesIsOneOverMergedNode() {
        Score s = Scorer.score(turtle("""
                ent:x a nkg:Person ; skos:prefLabel "Ann Arrow" ; skos:altLabel "Ben Bolt", "Corvia" .
                """), TWO_PEOPLE);
        assertEquals(1, s.overMergedNodes());
        assertEquals(new Ratio(2, 3), s.entityRecall(), "Corvia needs a place type");
        assertEquals(new Ratio(1, 1), s.entityPrecision());
        assertEquals(new Ratio(2, 2), s.fragmentation());
        assertEquals(List.of("Ann Arrow [Person] matches a, b, c"), s.overMerged());
    }

    @Test
    void emptyGraph() {
        Score s = Scorer.score(ModelFactory.createDefaultModel(), TWO_PEOPLE);
        assertEquals(new Ratio(0, 3), s.entityRecall());
        assertEquals(new Ratio(0, 0), s.entityPrecision());
        assertEquals(new Ratio(0, 0), s.typeAccuracy());
        assertEquals(new Ratio(0, 0), s.fragmentation());
        assertEquals(new Ratio(0, 2), s.factRecall());
        assertEquals(3, s.missedEntities().size());
        assertEquals(List.of("a metWith b (either way)", "a leaderOf c"), s.missedFacts());
    }

    @Test
    void acceptableTypes() {
        for (EntityType gold : EntityType.values()) {
            for (EntityType node : EntityType.values()) {
                boolean expected = gold == node || (gold.isPlace() && node.isPlace());
                assertEquals(expected, Scorer.acceptable(gold, node), gold + " as " + node);
            }
        }
        assertTrue(Scorer.acceptable(EntityType.COUNTRY, EntityType.PLACE));
        assertFalse(Scorer.acceptable(EntityType.ORGANIZATION, EntityType.COUNTRY));
        assertFalse(Scorer.acceptable(EntityType.PERSON, EntityType.ORGANIZATION));
    }

    /** The scorer compares names with Names.fold; these are the foldings GOLD-FORMAT.md asks for. */
    @Test
    void foldingIsWhatTheGoldFormatSays() {
        assertEquals(Names.fold("Östmark"), Names.fold("ostmark"));
        assertEquals(Names.fold("the U.S."), Names.fold("US"));
        assertEquals(Names.fold("The Salt Guild"), Names.fold("salt guild"));
        assertEquals(Names.fold("Port-Sel!"), Names.fold("port sel"));
        assertEquals(Names.fold("Kestrel–Tern Pact"), "kestrel tern pact");
        assertEquals(Names.fold("Norland's Salt Guild"), Names.fold("Norland Salt Guild"));
        assertFalse(Names.fold("Theodora").equals(Names.fold("odora")));
    }

    /** The union default graph of a store holds a triple stated by two articles once; it is judged once. */
    @Test
    void scoresTheUnionOfAStoresGraphs() {
        Model article1 = turtle(TWO_PEOPLE_NODES + "ent:a nkg:metWith ent:b .");
        Model article2 = turtle("ent:a nkg:metWith ent:b . ent:b nkg:leaderOf ent:c .");
        try (KgStore store = KgStore.open(StoreSpec.memory())) {
            store.replaceAll(Map.of("urn:ex:g1", article1, "urn:ex:g2", article2));
            Score s = store.read(ds -> Scorer.score(ds.getUnionModel(), TWO_PEOPLE));
            assertEquals(new Ratio(1, 2), s.factRecall());
            assertEquals(new Ratio(1, 2), s.factPrecision());
            assertEquals(new Ratio(3, 3), s.entityRecall());
        }
    }
}
