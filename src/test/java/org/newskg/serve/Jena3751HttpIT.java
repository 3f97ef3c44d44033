package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.serve.ServeFixture.enc;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;

/**
 * Valid queries that meet apache/jena#3751 (Jena 6.0.0's TDB2: "Peek iterator is already empty"
 * when a block of two or more patterns follows an empty result) answer 200 with the right rows
 * through {@code newskg serve}, thanks to {@code org.newskg.store.Jena3751}. Without it each of them
 * is a 500 ({@code Jena3751Test} shows the failure itself, and tells when Jena no longer needs it).
 */
class Jena3751HttpIT extends SampleServerTestBase {
    /** An OPTIONAL whose path finds nothing, followed in it by two patterns: every entity, with no ?l2. */
    static final String OPTIONAL_AFTER_EMPTY_PATH = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            SELECT ?label ?l2 WHERE {
              ?e skos:prefLabel ?label
              OPTIONAL { ?e nkg:noSuchRelation+ ?y . ?y a nkg:Person . ?y skos:prefLabel ?l2 }
            } ORDER BY ?label""";

    /** contradictions.rq and leaders.rq in their natural form (before commit 9f1c665 bent them around the bug). */
    static final List<String> NATURAL_QUERIES = List.of("""
            PREFIX nkg:    <https://w3id.org/newskg/ontology#>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <https://schema.org/>
            PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            SELECT ?subject ?relation ?one ?oneSource ?other ?otherSource
            WHERE {
              {
                VALUES ?p { nkg:location nkg:date }
                GRAPH ?g1 { ?a ?p ?v1 . ?g1 schema:headline ?oneSource }
                GRAPH ?g2 { ?a ?p ?v2 . ?g2 schema:headline ?otherSource }
                FILTER(STR(?v1) < STR(?v2))
                FILTER(!isIRI(?v1) || NOT EXISTS { ?v1 nkg:locatedIn+ ?v2 })
                FILTER(!isIRI(?v2) || NOT EXISTS { ?v2 nkg:locatedIn+ ?v1 })
                GRAPH <https://w3id.org/newskg/id/graph/entities> {
                  OPTIONAL { ?v1 skos:prefLabel ?l1 }
                  OPTIONAL { ?v2 skos:prefLabel ?l2 }
                }
                BIND(COALESCE(STR(?l1), STR(?v1)) AS ?one)
                BIND(COALESCE(STR(?l2), STR(?v2)) AS ?other)
              } UNION {
                GRAPH ?g2 { ?ev nkg:status nkg:Negated ; rdf:subject ?a ; rdf:predicate ?p ; rdf:object ?v .
                            ?g2 schema:headline ?otherSource }
                GRAPH ?g1 { ?a ?p ?v . ?g1 schema:headline ?oneSource }
                OPTIONAL { GRAPH <https://w3id.org/newskg/id/graph/entities> { ?v skos:prefLabel ?l } }
                BIND(COALESCE(STR(?l), STR(?v)) AS ?one)
                BIND(CONCAT("not ", COALESCE(STR(?l), STR(?v))) AS ?other)
              }
              GRAPH <https://w3id.org/newskg/id/graph/entities> { ?a skos:prefLabel ?subject }
              BIND(STRAFTER(STR(?p), "#") AS ?relation)
            }
            ORDER BY ?subject ?relation ?one ?other""", """
            PREFIX nkg:  <https://w3id.org/newskg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            SELECT ?leader ?of (GROUP_CONCAT(DISTINCT ?title; separator=", ") AS ?titles) (COUNT(DISTINCT ?g) AS ?sources)
                   (IF(MAX(COALESCE(?current, 0)) = 0, "former", "") AS ?tenure)
            WHERE {
              GRAPH ?g { ?p nkg:leaderOf ?c }
              ?p skos:prefLabel ?leader .
              ?c skos:prefLabel ?of .
              OPTIONAL { ?p nkg:holdsTitle ?title }
              OPTIONAL {
                GRAPH ?g { ?ev rdf:predicate nkg:leaderOf ; rdf:subject ?p ; rdf:object ?c
                           FILTER NOT EXISTS { ?ev nkg:tenure nkg:Former } }
                BIND(1 AS ?current)
              }
            }
            GROUP BY ?leader ?of
            ORDER BY ?of ?leader""", OPTIONAL_AFTER_EMPTY_PATH);

    private ResultSet select(String query) {
        HttpResponse<String> r = http.get("newskg/sparql?query=" + enc(query), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
    }

    @Test
    void anOptionalAfterAnEmptyPathAnswersEveryEntity() {
        List<String> labels = ResultSetFormatter.toList(select(OPTIONAL_AFTER_EMPTY_PATH)).stream().map(s -> {
            assertEquals(false, s.contains("l2"), s.toString());
            return s.getLiteral("label").getString();
        }).toList();
        assertEquals(List.of("Coastal Grain Council", "Grey Strait", "Ilsa Marenko", "Maravel", "Maravel Fisheries Accord", "Norvessa",
                "Petra Salvik", "Port Elsen", "Tomas Reyvald", "Valdoria"), labels);
    }

    @Test
    void theSavedQueriesAsFirstWrittenAnswerAsTheirRewrittenForms() {
        // The natural leaders query gives the same rows as the saved one, bent around the bug.
        String saved = new org.newskg.query.SavedQueries(Path.of("queries")).find("leaders").orElseThrow().sparql();
        assertEquals(ResultSetFormatter.asText(select(saved)), ResultSetFormatter.asText(select(NATURAL_QUERIES.get(1))));
        String contradictions = new org.newskg.query.SavedQueries(Path.of("queries")).find("contradictions").orElseThrow().sparql();
        assertEquals(ResultSetFormatter.asText(select(contradictions)), ResultSetFormatter.asText(select(NATURAL_QUERIES.get(0))));
    }
}
