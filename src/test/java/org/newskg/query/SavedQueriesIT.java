package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.Test;
import org.newskg.TestPipeline;

/** Every saved query parses, says what it answers, and answers something on the seeds. */
class SavedQueriesIT {
    private final SavedQueries saved = new SavedQueries(Path.of("queries"));

    private List<QuerySolution> rows(String name) {
        SavedQuery q = saved.find(name).orElseThrow();
        ResultSetRewindable rs = QueryRunner.select(TestPipeline.seeds(), QueryRunner.parse(q.sparql(), name));
        List<QuerySolution> out = new java.util.ArrayList<>();
        rs.forEachRemaining(out::add);
        return out;
    }

    @Test
    void everySavedQueryHasADescriptionAndParses() {
        List<SavedQuery> all = saved.list();
        assertTrue(all.size() >= 3, "saved queries: " + all.size());
        for (SavedQuery q : all) {
            assertFalse(q.description().isBlank(), q.name() + " has no comment saying what it answers");
            QueryRunner.parse(q.sparql(), q.name());
        }
    }

    @Test
    void entitiesListsTheMergedCountryOnceWithAllFiveArticles() {
        List<QuerySolution> rows = rows("entities");
        List<QuerySolution> japan = rows.stream().filter(r -> r.getLiteral("label").getString().equals("Japan")).toList();
        assertTrue(japan.size() == 1 && japan.get(0).getLiteral("articles").getInt() == 5, japan.toString());
    }

    @Test
    void articlesListsEachSeed() {
        assertTrue(rows("articles").size() == 5);
    }

    @Test
    void entityArticlesAndNamesAnswer() {
        assertFalse(rows("entity-articles").isEmpty());
        assertTrue(rows("names").stream().anyMatch(r -> r.contains("alsoCalled")
                && r.getLiteral("alsoCalled").getString().contains("U.S.")));
    }

    private static String str(QuerySolution r, String var) {
        return r.contains(var) ? r.get(var).isLiteral() ? r.getLiteral(var).getLexicalForm() : r.get(var).toString() : "";
    }

    @Test
    void agreementsGivesSignatoriesPartiesDateAndPlace() {
        List<QuerySolution> rows = rows("agreements");
        QuerySolution top = rows.get(0);
        assertTrue(str(top, "signatories").contains("Sanae Takaichi") && str(top, "signatories").contains("Donald Trump"), top.toString());
        assertTrue(str(top, "parties").contains("Japan") && str(top, "parties").contains("United States"), top.toString());
        assertTrue(str(top, "dates").contains("2025-10-28"), top.toString());
        assertTrue(str(top, "places").contains("Tokyo"), top.toString());
        assertTrue(top.getLiteral("articles").getInt() == 5, top.toString());
    }

    @Test
    void agreementEstablishesTheGroup() {
        assertTrue(rows("agreement-establishes").stream().anyMatch(r -> str(r, "establishes").equals("Rapid Response Group")));
    }

    @Test
    void leadersNameTheHeadsOfGovernment() {
        List<QuerySolution> rows = rows("leaders");
        assertTrue(rows.stream().anyMatch(r -> str(r, "leader").equals("Sanae Takaichi") && str(r, "of").equals("Japan")
                && str(r, "titles").contains("Prime Minister") && r.getLiteral("sources").getInt() >= 3), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> str(r, "leader").equals("Xi Jinping") && str(r, "of").equals("China")));
        assertTrue(rows.stream().noneMatch(r -> str(r, "leader").equals("Donald Trump") && str(r, "of").equals("Japan")));
    }

    @Test
    void factSupportCountsSourcesPerFact() {
        List<QuerySolution> rows = rows("fact-support");
        assertTrue(rows.stream().anyMatch(r -> str(r, "subject").equals("Donald Trump") && str(r, "relation").equals("leaderOf")
                && str(r, "object").equals("United States") && r.getLiteral("sources").getInt() == 5), rows.toString());
    }

    @Test
    void singleSourceFactsHaveOneSourceAndASentence() {
        List<QuerySolution> rows = rows("single-source-facts");
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().anyMatch(r -> str(r, "subject").equals("Naruhito") && str(r, "relation").equals("leaderOf")));
        assertTrue(rows.stream().allMatch(r -> !str(r, "sentence").isBlank() && !str(r, "headline").isBlank()));
        assertTrue(rows.stream().noneMatch(r -> str(r, "relation").equals("leaderOf") && str(r, "subject").equals("Donald Trump")),
                "stated by five articles, not one");
    }

    @Test
    void contradictionsFindTheTwoSigningPlaces() {
        List<QuerySolution> rows = rows("contradictions");
        assertTrue(rows.stream().anyMatch(r -> str(r, "relation").equals("location")
                && Set.of(str(r, "one"), str(r, "other")).equals(Set.of("Tokyo", "White House"))), rows.toString());
    }

    /** The first form of contradictions' place and date branch: every two statements paired, then filtered. */
    private static final String PAIRED_STATEMENTS = """
            PREFIX nkg:    <https://w3id.org/newskg/ontology#>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <https://schema.org/>
            SELECT ?subject ?relation ?one ?oneSource ?other ?otherSource WHERE {
              VALUES ?p { nkg:location nkg:date }
              GRAPH ?g1 { ?a ?p ?v1 }
              GRAPH ?g2 { ?a ?p ?v2 }
              FILTER(STR(?v1) < STR(?v2))
              FILTER(!isIRI(?v1) || NOT EXISTS { ?v1 nkg:locatedIn+ ?v2 })
              FILTER(!isIRI(?v2) || NOT EXISTS { ?v2 nkg:locatedIn+ ?v1 })
              OPTIONAL { GRAPH <https://w3id.org/newskg/id/graph/entities> { ?v1 skos:prefLabel ?l1 } }
              OPTIONAL { GRAPH <https://w3id.org/newskg/id/graph/entities> { ?v2 skos:prefLabel ?l2 } }
              BIND(COALESCE(STR(?l1), STR(?v1)) AS ?one)
              BIND(COALESCE(STR(?l2), STR(?v2)) AS ?other)
              GRAPH ?g1 { ?g1 schema:headline ?oneSource }
              GRAPH ?g2 { ?g2 schema:headline ?otherSource }
              GRAPH <https://w3id.org/newskg/id/graph/entities> { ?a skos:prefLabel ?subject }
              BIND(STRAFTER(STR(?p), "#") AS ?relation)
            }""";

    @Test
    void contradictionsPairDistinctValuesYetFindWhatPairingEveryTwoStatementsFinds() {
        // The saved query pairs distinct values first (pairing statements grew with the square of the
        // articles that repeat a value: 901 s at 100,000 generated articles); the rows must not change.
        java.util.function.Function<List<QuerySolution>, Set<String>> key = rows -> rows.stream()
                .filter(r -> Set.of("location", "date").contains(str(r, "relation")))
                .map(r -> String.join(" | ", str(r, "subject"), str(r, "relation"), str(r, "one"), str(r, "oneSource"),
                        str(r, "other"), str(r, "otherSource")))
                .collect(java.util.stream.Collectors.toSet());
        Set<String> saved = key.apply(rows("contradictions"));
        ResultSetRewindable paired = QueryRunner.select(TestPipeline.seeds(), QueryRunner.parse(PAIRED_STATEMENTS, "paired"));
        List<QuerySolution> pairedRows = new java.util.ArrayList<>();
        paired.forEachRemaining(pairedRows::add);
        assertFalse(saved.isEmpty(), "the seeds give an agreement two places");
        assertEquals(key.apply(pairedRows), saved);
    }

    @Test
    void everySavedQueryRunsOnAnEmptyGraph() {
        // Guards against apache/jena#3751 (Jena 6.0.0 TDB2: "Peek iterator is already empty" when a
        // block of several patterns follows an empty result): a query must not fail for lack of data.
        try (org.newskg.store.KgStore empty = org.newskg.store.KgStore.open(org.newskg.store.StoreSpec.memory())) {
            for (SavedQuery q : saved.list()) {
                try {
                    ResultSetRewindable rs = QueryRunner.select(empty, QueryRunner.parse(q.sparql(), q.name()));
                    assertEquals(0, rs.size(), q.name());
                } catch (RuntimeException e) {
                    throw new AssertionError("saved query " + q.name() + " fails on an empty graph: " + e.getMessage(), e);
                }
            }
        }
    }

    @Test
    void aNameIsNotAPath() {
        assertTrue(saved.find("../pom").isEmpty());
    }

    /** "the late Prime Minister", "former leader": who leads each country now, as of the articles. */
    @Test
    void currentLeadersAreTheArticlesCurrentOnesNotTheFormerOnes() {
        List<QuerySolution> rows = rows("current-leaders");
        java.util.Map<String, java.util.Set<String>> byCountry = new java.util.TreeMap<>();
        rows.forEach(r -> byCountry.computeIfAbsent(str(r, "of"), k -> new java.util.TreeSet<>()).add(str(r, "leader")));
        assertTrue(byCountry.getOrDefault("Japan", Set.of()).contains("Sanae Takaichi"), byCountry.toString());
        assertEquals(Set.of("Donald Trump"), byCountry.get("United States"), byCountry.toString());
        assertFalse(byCountry.get("Japan").contains("Shinzo Abe") || byCountry.get("Japan").contains("Fumio Kishida"), byCountry.toString());
        assertTrue(rows("leaders").stream().anyMatch(r -> str(r, "leader").equals("Shinzo Abe") && str(r, "tenure").equals("former")));
    }
}
