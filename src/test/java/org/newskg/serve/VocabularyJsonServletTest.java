package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newskg.model.Relation;
import org.newskg.rdf.CorpusGraphs;

/** What the page's SPARQL editor completes: the project's prefixes and the ontology's terms. */
class VocabularyJsonServletTest {
    @Test
    void listsTheProjectsPrefixesAndTheOntologysClassesPropertiesAndIndividuals() {
        ObjectNode v = VocabularyJsonServlet.vocabulary();
        Map<String, String> prefixes = new HashMap<>();
        v.get("prefixes").properties().forEach(e -> prefixes.put(e.getKey(), e.getValue().asText()));
        assertEquals(CorpusGraphs.prefixes(), prefixes);

        Map<String, JsonNode> terms = new HashMap<>();
        v.get("terms").forEach(t -> terms.put(t.get("name").asText(), t));
        for (Relation r : Relation.values()) {
            JsonNode t = terms.get("nkg:" + r.localName());
            assertTrue(t != null, "no term for " + r);
            assertEquals("property", t.get("kind").asText(), r.toString());
        }
        assertEquals("class", terms.get("nkg:Agreement").get("kind").asText());
        assertEquals("Agreement", terms.get("nkg:Agreement").get("label").asText());
        assertTrue(terms.get("nkg:Agreement").get("comment").asText().length() > 10);
        assertEquals("individual", terms.get("nkg:Negated").get("kind").asText());
        assertTrue(terms.keySet().stream().allMatch(n -> n.startsWith("nkg:") && n.length() > 4), terms.keySet().toString());
    }
}
