package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.newskg.TestPipeline;

/** The shapes accept a well-formed graph and name what is wrong in a broken one. */
class GraphValidatorIT {
    private static final String PREFIXES = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <https://schema.org/>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX : <http://example.org/>
            :art a nkg:Article ; schema:headline "H" ; nif:isString "Ana Example met Ivo Sample." ; nkg:sourceFile "a.txt" .
            :ana a nkg:Person ; skos:prefLabel "Ana Example"@en ; nkg:mentionedIn :art .
            :ivo a nkg:Person ; skos:prefLabel "Ivo Sample"@en ; nkg:mentionedIn :art .
            :freedonia a nkg:Country ; skos:prefLabel "Freedonia"@en ; nkg:mentionedIn :art .
            """;

    private static List<GraphValidator.Violation> check(String turtle) {
        Graph g = RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).toGraph();
        return GraphValidator.load().validate(g);
    }

    @Test
    void aWellFormedGraphConforms() {
        assertEquals(List.of(), check(":ana nkg:metWith :ivo ; nkg:leaderOf :freedonia ; nkg:holdsTitle \"Prime Minister\" ."));
    }

    @Test
    void aRelationBetweenTheWrongKindsOfThingIsAViolation() {
        List<GraphValidator.Violation> v = check(":freedonia nkg:leaderOf :ana .");
        assertTrue(!v.isEmpty(), "a country cannot lead a person");
        assertTrue(v.stream().anyMatch(x -> x.focusNode().contains("freedonia")), v.toString());
    }

    @Test
    void evidenceWithoutItsSentenceIsAViolation() {
        List<GraphValidator.Violation> v = check("""
                :ev a nkg:Evidence ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> :ana ;
                    <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> nkg:metWith ;
                    <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> :ivo ;
                    <http://www.w3.org/ns/prov#wasDerivedFrom> :art ; nkg:extractor "x" ; nkg:confidence 0.5 .
                """);
        assertTrue(v.stream().anyMatch(x -> x.path().contains("sentence")), v.toString());
    }

    @Test
    void anEntityWithoutALabelIsAViolation() {
        List<GraphValidator.Violation> v = check(":nolabel a nkg:Organization ; nkg:mentionedIn :art .");
        assertTrue(v.stream().anyMatch(x -> x.path().contains("prefLabel")), v.toString());
    }

    @Test
    void theSeedsGraphConforms() {
        List<GraphValidator.Violation> v = TestPipeline.seeds().read(ds -> GraphValidator.load().validate(ds.getUnionModel().getGraph()));
        assertEquals(List.of(), v);
    }
}
