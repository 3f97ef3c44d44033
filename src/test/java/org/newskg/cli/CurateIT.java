package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestPipeline;
import org.newskg.rdf.CurationGraph;

/**
 * {@code newskg curate} as a user runs it: merge two entities and reject a fact on a store of four
 * seeds, add the fifth: the merge and the rejection hold; export the curations, import them into a
 * store built afresh: the same graph; drop one: its fact comes back. The entities and the fact are
 * chosen from the graph by query, not named here. All from a copy of the seeds' cache (no model).
 */
class CurateIT {
    private static final String ENTITIES = "<https://w3id.org/newskg/id/graph/entities>";
    @TempDir
    Path dir;
    private final CliRun cli = new CliRun(() -> dir);

    private List<List<String>> select(String store, String sparql) {
        assertEquals(0, cli.run("query", "--sparql", sparql, "--format", "tsv", "--store", store), cli.err());
        List<List<String>> rows = new ArrayList<>();
        cli.out().lines().skip(1).forEach(l -> {
            List<String> cells = new ArrayList<>();
            for (String c : l.split("\t", -1)) {
                cells.add(c.replaceAll("^\"|\"(@en)?$", ""));
            }
            rows.add(cells);
        });
        return rows;
    }

    private boolean has(String store, String pattern) {
        return Integer.parseInt(select(store, "SELECT (COUNT(*) AS ?n) { " + pattern + " }").get(0).get(0).replaceAll("\\D", "")) > 0;
    }

    /** The store "kg" of the first four seeds, built from a copy of their cache; returns the cache folder. */
    private String buildFour() throws IOException {
        Path cache = dir.resolve("cache");
        TestPipeline.copySeedCache(cache);
        TestPipeline.copyInto(dir.resolve("four"), TestPipeline.seedFiles().subList(0, 4));
        assertEquals(0, cli.run("build", "four", "--store", "kg", "--cache", cache.toString()), cli.err());
        return cache.toString();
    }

    @Test
    void mergeAndRejectHoldThroughANewArticleAndTheFileRoundTrips() throws IOException {
        String c = buildFour();
        List<Path> seeds = TestPipeline.seedFiles();

        // Two cities to merge (the two that the most articles mention), and a fact between two others to reject.
        List<List<String>> cities = select("kg", "SELECT ?e ?l (COUNT(DISTINCT ?a) AS ?n) { GRAPH " + ENTITIES + " { ?e a nkg:City ; skos:prefLabel ?l }"
                + " ?e nkg:mentionedIn ?a } GROUP BY ?e ?l ORDER BY DESC(?n) ?l LIMIT 2");
        assertEquals(2, cities.size(), "the seeds name two cities or more");
        String keep = cities.get(0).get(1);
        String merged = cities.get(1).get(1);
        List<List<String>> facts = select("kg", "SELECT ?sl ?p ?ol { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), STR(art:)))"
                + " FILTER(?p IN (nkg:partnerOf, nkg:leaderOf, nkg:metWith)) GRAPH " + ENTITIES + " { ?s skos:prefLabel ?sl . ?o skos:prefLabel ?ol }"
                + " } ORDER BY ?sl ?p ?ol LIMIT 1");
        String subject = facts.get(0).get(0);
        String relation = facts.get(0).get(1).replaceAll(".*#|>$", "");
        String object = facts.get(0).get(2);
        String fact = "?s skos:prefLabel \"" + subject + "\"@en . ?o skos:prefLabel \"" + object + "\"@en . ?s nkg:" + relation + " ?o";
        assertTrue(has("kg", fact), "the fact is in the graph before: " + subject + " " + relation + " " + object);

        assertEquals(0, cli.run("curate", "merge", keep, merged, "--why", "one city", "--store", "kg", "--cache", c), cli.err());
        assertTrue(cli.err().contains("Curation #1: merge '" + merged + "' into '" + keep + "'") && cli.err().contains("curations: 1 applied"),
                cli.err());
        assertEquals(0, cli.run("curate", "reject", subject, relation, object, "--store", "kg", "--cache", c), cli.err());
        // A fact no article states: the kept city in a country it is not said to be in.
        String country = select("kg", "SELECT ?l { GRAPH " + ENTITIES + " { ?c a nkg:Country ; skos:prefLabel ?l } FILTER NOT EXISTS { ?k skos:prefLabel \""
                + keep + "\"@en ; nkg:locatedIn ?c } } ORDER BY ?l LIMIT 1").get(0).get(0);
        String asserted = "?k skos:prefLabel \"" + keep + "\"@en . ?c skos:prefLabel \"" + country + "\"@en . ?k nkg:locatedIn ?c";
        assertFalse(has("kg", asserted));
        assertEquals(0, cli.run("curate", "assert", keep, "locatedIn", country, "--why", "a test", "--store", "kg", "--cache", c), cli.err());
        assertTrue(has("kg", asserted + " . ?d a nkg:Derivation ; rdf:subject ?k ; rdf:object ?c ; prov:wasDerivedFrom <https://w3id.org/newskg/id/curation/3>"),
                "asserted, derived from the curation");
        assertEquals(0, cli.run("changes", "--store", "kg"), cli.err());
        assertTrue(cli.out().contains("curate assert") && cli.out().contains("new facts: 1") && cli.out().contains(keep + " locatedIn " + country),
                "the asserted fact is in the history: " + cli.out());
        assertEquals(0, cli.run("changes", "--since", "2", "--store", "kg"), cli.err());
        assertTrue(cli.out().contains("curate reject") && cli.out().contains("facts gone: 1"), cli.out());

        Runnable holds = () -> {
            assertFalse(has("kg", "GRAPH " + ENTITIES + " { ?e skos:prefLabel \"" + merged + "\"@en }"), "merged away");
            assertTrue(has("kg", "GRAPH " + ENTITIES + " { ?e skos:prefLabel \"" + keep + "\"@en ; skos:altLabel \"" + merged + "\"@en }"),
                    "the kept city has the other's name");
            assertFalse(has("kg", fact), "the rejected fact is not in the graph");
            assertTrue(has("kg", asserted), "the asserted fact is");
        };
        holds.run();

        // One more article: every build applies the curations.
        assertEquals(0, cli.run("add", seeds.get(4).toString(), "--store", "kg", "--cache", c), cli.err());
        assertTrue(cli.err().contains("curations: 3 applied"), cli.err());
        holds.run();

        // The curations as a file, into a store built afresh: the same corrections.
        assertEquals(0, cli.run("curate", "export", "--out", "curations.ttl", "--store", "kg"), cli.err());
        assertEquals(0, cli.run("build", TestPipeline.seedsFolder().toString(), "--store", "kg2", "--cache", c), cli.err());
        assertTrue(has("kg2", fact), "a store without the curations has the fact");
        assertEquals(0, cli.run("curate", "import", "curations.ttl", "--store", "kg2", "--cache", c), cli.err());
        assertTrue(cli.err().contains("Imported 3 of 3 curations"), cli.err());
        assertFalse(has("kg2", fact));
        assertFalse(has("kg2", "GRAPH " + ENTITIES + " { ?e skos:prefLabel \"" + merged + "\"@en }"));
        assertEquals(0, cli.run("curate", "export", "--out", "again.ttl", "--store", "kg2"), cli.err());
        assertEquals(CurationGraph.read(parse(dir.resolve("curations.ttl"))), CurationGraph.read(parse(dir.resolve("again.ttl"))),
                "the file round-trips");
        assertEquals(0, cli.run("curate", "import", "curations.ttl", "--store", "kg2", "--cache", c), cli.err());
        assertTrue(cli.err().contains("Imported 0 of 3 curations"), "importing again adds nothing: " + cli.err());

        assertEquals(0, cli.run("curate", "list", "--store", "kg2"), cli.err());
        assertTrue(cli.out().startsWith("#1  ") && cli.out().contains("(one city)") && cli.out().contains("#3  "), cli.out());
        assertEquals(0, cli.run("curate", "drop", "2", "--store", "kg2", "--cache", c), cli.err());
        assertTrue(has("kg2", fact), "dropped: the fact is back");

        // Mistakes are one line each, and change nothing.
        assertEquals(1, cli.run("curate", "merge", keep, "No Such Place", "--store", "kg2", "--cache", c));
        assertTrue(cli.err().contains("no entity named 'No Such Place'") && cli.err().contains("nothing was changed"), cli.err());
        assertEquals(2, cli.run("curate", "reject", subject, "knows", object, "--store", "kg2"));
        assertTrue(cli.err().contains("no relation 'knows'"), cli.err());
        assertEquals(1, cli.run("curate", "drop", "9", "--store", "kg2"));
        Files.writeString(dir.resolve("bad.ttl"), "this is not turtle");
        assertEquals(1, cli.run("curate", "import", "bad.ttl", "--store", "kg2"));
        assertTrue(cli.err().contains("is not a curations file") && cli.err().contains("nothing was imported"), cli.err());
    }

    @Test
    void splitTakesBackTheArticlesThatUseOnlyTheNameAndHoldsThroughABuild() throws IOException {
        String c = buildFour();
        List<Path> seeds = TestPipeline.seedFiles();
        // Two cities that no article names together, made one by a merge: a split on the second's name parts them again.
        List<List<String>> cities = select("kg", "SELECT ?l ?m { GRAPH " + ENTITIES + " { ?e a nkg:City ; skos:prefLabel ?l . ?f a nkg:City ;"
                + " skos:prefLabel ?m } FILTER (STR(?l) < STR(?m)) FILTER NOT EXISTS { ?e nkg:mentionedIn ?a . ?f nkg:mentionedIn ?a } } ORDER BY ?l ?m LIMIT 1");
        assertEquals(1, cities.size(), "the seeds name two cities in different articles");
        String keep = cities.get(0).get(0);
        String other = cities.get(0).get(1);
        String articlesOfOther = "SELECT (COUNT(DISTINCT ?a) AS ?n) { GRAPH " + ENTITIES + " { ?e skos:prefLabel \"" + other + "\"@en } ?e nkg:mentionedIn ?a }";
        String before = select("kg", articlesOfOther).get(0).get(0);
        assertEquals(0, cli.run("curate", "merge", keep, other, "--store", "kg", "--cache", c), cli.err());
        assertFalse(has("kg", "GRAPH " + ENTITIES + " { ?e skos:prefLabel \"" + other + "\"@en }"), "merged away");

        assertEquals(0, cli.run("curate", "split", keep, other.toUpperCase(java.util.Locale.ROOT), "--why", "two places", "--store", "kg",
                "--cache", c), cli.err());
        assertTrue(cli.err().contains("Curation #2: split '" + other + "' from '" + keep + "'"), "the name as the graph writes it: " + cli.err());
        assertEquals(before, select("kg", articlesOfOther).get(0).get(0), "the split-off city is in the articles it was in before the merge");
        assertFalse(has("kg", "GRAPH " + ENTITIES + " { ?e skos:prefLabel \"" + keep + "\"@en ; skos:altLabel \"" + other + "\"@en }"),
                "the kept city no longer has the other's name");

        assertEquals(0, cli.run("add", seeds.get(4).toString(), "--store", "kg", "--cache", c), cli.err());
        assertTrue(cli.err().contains("curations: 2 applied"), cli.err());
        assertEquals(before, select("kg", articlesOfOther).get(0).get(0), "the split holds through a build");
        assertEquals(0, cli.run("curate", "list", "--store", "kg"), cli.err());
        assertTrue(cli.out().contains("#2  ") && cli.out().contains("split '" + other + "' from '" + keep + "'  (two places)"), cli.out());

        assertEquals(1, cli.run("curate", "split", keep, "Nowhere At All", "--store", "kg", "--cache", c));
        assertTrue(cli.err().contains("'" + keep + "' is not called 'Nowhere At All'; its names are") && cli.err().contains("nothing was changed"),
                cli.err());
        assertEquals(2, cli.run("curate", "split", keep, "--store", "kg"));
        assertTrue(cli.err().contains("split ENTITY NAME"), cli.err());
    }

    private static Model parse(Path f) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(f).lang(Lang.TURTLE).parse(m);
        return m;
    }
}
