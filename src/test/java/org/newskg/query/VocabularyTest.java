package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.Relation;
import org.newskg.query.Vocabulary.Kind;
import org.newskg.query.Vocabulary.Term;

/** The ontology's terms as {@code /vocabulary} lists them, without a server (VocabularyHttpIT runs the examples). */
class VocabularyTest {
    private static final Vocabulary VOCABULARY = Vocabulary.load();

    @Test
    void termsComeInTheOntologysOrderByKind() {
        List<String> classes = VOCABULARY.terms(Kind.CLASS).stream().map(Term::curie).toList();
        assertEquals(List.of("nkg:Person", "nkg:Organization", "nkg:Country", "nkg:City", "nkg:Place", "nkg:Agreement"),
                classes.subList(0, 6));
        List<String> relations = VOCABULARY.terms(Kind.OBJECT_PROPERTY).stream().map(Term::curie).toList();
        assertEquals("nkg:leaderOf", relations.get(0));
        for (Relation r : Relation.values()) {
            Kind kind = r.localName().equals("holdsTitle") || r.localName().equals("date") ? Kind.DATATYPE_PROPERTY : Kind.OBJECT_PROPERTY;
            assertEquals(kind, VOCABULARY.term("nkg:" + r.localName()).orElseThrow().kind(), r.localName());
        }
    }

    @Test
    void everyExampleParsesWithoutPrefixLines() {
        for (Term t : VOCABULARY.terms()) {
            assertFalse(t.example().contains("PREFIX"), t.curie());
            assertTrue(t.example().contains(t.curie()) || !t.values().isEmpty(), t.curie() + " not in its example:\n" + t.example());
            QueryRunner.parse(t.example(), "the example of " + t.curie());
        }
    }

    @Test
    void domainsRangesAndValuesAreCompact() {
        Term leaderOf = VOCABULARY.term("nkg:leaderOf").orElseThrow();
        assertEquals("leader of", leaderOf.label());
        assertEquals("nkg:Person", leaderOf.domain());
        assertEquals("nkg:Country or nkg:Organization", leaderOf.range());
        assertEquals("xsd:string", VOCABULARY.term("nkg:holdsTitle").orElseThrow().range());
        assertEquals(List.of("nkg:Current", "nkg:Former", "nkg:Future"), VOCABULARY.term("nkg:Tenure").orElseThrow().values());
        assertTrue(VOCABULARY.term("nkg:Tenure").orElseThrow().example().contains("nkg:tenure"));
        assertEquals("ent:some-one", Vocabulary.compact("https://w3id.org/newskg/id/entity/some-one"));
        assertEquals("<urn:x>", Vocabulary.compact("urn:x"));
    }
}
