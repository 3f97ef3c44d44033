package org.newskg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.TestPipeline;
import org.newskg.model.Names;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;

/**
 * Reads the graph built from seeds/: the entities the mission names are there, each as exactly one
 * node of the right type. (Names appear here, in a test, never in the code that builds the graph.)
 */
class SeedGraphIT {
    /** The typed nodes that carry a label equal (after folding) to {@code name}. */
    private static List<String> nodesNamed(KgStore store, String name) {
        String q = """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT DISTINCT ?e ?type ?label WHERE {
                  ?e a ?type ; skos:prefLabel|skos:altLabel ?label .
                  FILTER(STRSTARTS(STR(?type), "%s"))
                }""".formatted(NKG.NS);
        return store.read(ds -> {
            List<String> out = new java.util.ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(q, ds)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    if (Names.fold(s.getLiteral("label").getString()).equals(Names.fold(name))) {
                        String node = s.getResource("e").getURI() + " " + s.getResource("type").getLocalName();
                        if (!out.contains(node)) {
                            out.add(node);
                        }
                    }
                }
            }
            return out;
        });
    }

    @ParameterizedTest(name = "{0} is one {1}")
    @CsvSource({
        "Donald Trump, Person", "Trump, Person", "Sanae Takaichi, Person", "Takaichi, Person",
        "Shinzo Abe, Person", "Abe, Person", "China, Country", "Rapid Response Group, Organization",
        "Australia, Country", "European Union, Organization", "Japan, Country", "United States, Country",
        "U.S., Country", "US, Country", "America, Country"})
    void missionEntityIsExactlyOneTypedNode(String name, String type) {
        List<String> nodes = nodesNamed(TestPipeline.seeds(), name);
        assertEquals(1, nodes.size(), name + ": " + nodes);
        assertTrue(nodes.get(0).endsWith(" " + type), nodes.get(0));
    }

    @Test
    void oneNamedGraphPerArticlePlusTheEntitiesGraph() {
        List<String> graphs = TestPipeline.seeds().graphNames();
        assertEquals(6, graphs.size(), graphs.toString());
        assertTrue(graphs.contains(NKG.ENTITIES_GRAPH));
        assertEquals(5, TestPipeline.seedsReport().articles());
    }

    @Test
    void mentionOffsetsPointAtTheMentionText() {
        String q = """
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT ?anchor ?b ?e ?text WHERE {
                  ?m nif:anchorOf ?anchor ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:referenceContext ?a .
                  ?a nif:isString ?text .
                }""";
        int checked = TestPipeline.seeds().read(ds -> {
            int n = 0;
            try (QueryExecution qe = QueryExecution.create(q, ds)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    String text = s.getLiteral("text").getString();
                    assertEquals(s.getLiteral("anchor").getString(),
                            text.substring(s.getLiteral("b").getInt(), s.getLiteral("e").getInt()));
                    n++;
                }
            }
            return n;
        });
        assertTrue(checked > 100, "mentions checked: " + checked);
    }
}
