package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.serve.ServeFixture.enc;
import static org.newskg.serve.ServeFixture.mediaType;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.query.QueryRunner;

/**
 * {@code /vocabulary} over HTTP, on the sample graph's server: every class and property of
 * {@code ontology/newskg.ttl} (read here with Jena, apart from the page's own code) has its section
 * with its label, and each section's example query parses without PREFIX lines, runs against the
 * sample store, and returns rows wherever the sample holds such facts.
 */
class VocabularyHttpIT extends SampleServerTestBase {
    private static final String NKG = ServeFixture.NKG;
    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/newskg.ttl");

    private HttpResponse<String> response;
    private Document page;
    /** The example query of each term, by compact name. */
    private final Map<String, String> examples = new LinkedHashMap<>();

    @BeforeAll
    void readThePage() {
        response = http.get("vocabulary", "text/html");
        page = Jsoup.parse(response.body());
        for (Element section : page.select("section.term")) {
            examples.put(section.attr("data-term"), section.selectFirst("pre.example").wholeText());
        }
    }

    private static List<Resource> terms(Resource type) {
        List<Resource> out = new ArrayList<>();
        ONTOLOGY.listResourcesWithProperty(RDF.type, type)
                .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(NKG)).forEachRemaining(out::add);
        return out;
    }

    private static String curie(Resource r) {
        return "nkg:" + r.getURI().substring(NKG.length());
    }

    @Test
    void isAnHtmlPageWithoutScripts() {
        assertEquals(200, response.statusCode());
        assertEquals("text/html", mediaType(response));
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        assertTrue(page.select("script").isEmpty());
        assertEquals("NewsKG vocabulary", page.title());
    }

    @Test
    void everyClassAndPropertyOfTheOntologyIsThereWithItsLabel() {
        List<Resource> all = new ArrayList<>(terms(OWL.Class));
        all.addAll(terms(OWL.ObjectProperty));
        all.addAll(terms(OWL.DatatypeProperty));
        assertTrue(all.size() > 60, "the ontology read: " + all.size() + " terms");
        for (Resource r : all) {
            Element section = page.selectFirst("section.term[data-term=" + curie(r) + "]");
            assertTrue(section != null, curie(r) + " has no section");
            String label = r.getProperty(RDFS.label).getString();
            assertTrue(section.selectFirst("h3").text().contains(label), curie(r) + ": " + section.selectFirst("h3").text());
            assertFalse(examples.get(curie(r)).isBlank(), curie(r));
        }
        assertEquals(all.size(), examples.size(), "one section per term: " + examples.keySet());
    }

    @Test
    void domainsAndRangesAreShownUnionsSpelledOut() {
        Element signed = page.selectFirst("section.term[data-term=nkg:signed]");
        assertEquals("nkg:Person or nkg:Country or nkg:Organization", signed.selectFirst("dd.domain").text());
        assertEquals("nkg:Agreement", signed.selectFirst("dd.range").text());
        Element status = page.selectFirst("section.term[data-term=nkg:FactualityStatus]");
        assertTrue(status.text().contains("nkg:Alleged") && status.text().contains("nkg:Planned"), status.text());
    }

    /** Whether the sample store holds anything the term's example is about. */
    private boolean sampleHas(String curie) {
        Resource r = ONTOLOGY.createResource(NKG + curie.substring(4));
        String ask;
        if (r.hasProperty(RDF.type, OWL.Class)) {
            String values = ONTOLOGY.listSubjectsWithProperty(RDF.type, r).toList().stream()
                    .map(v -> "<" + v.getURI() + ">").collect(Collectors.joining(", "));
            ask = values.isEmpty() ? "ASK { ?x a <" + r.getURI() + "> }" : "ASK { ?x ?p ?v FILTER(?v IN (" + values + ")) }";
        } else {
            ask = "ASK { ?s <" + r.getURI() + "> ?o }";
        }
        return fixture.store.query(org.apache.jena.query.QueryFactory.create(ask), qe -> qe.execAsk());
    }

    @Test
    void everyExampleRunsWithoutPrefixLinesAndFindsWhatTheSampleHolds() {
        List<String> withFacts = new ArrayList<>();
        for (Map.Entry<String, String> e : examples.entrySet()) {
            assertFalse(e.getValue().contains("PREFIX"), e.getKey());
            Query q = QueryRunner.parse(e.getValue(), "the example of " + e.getKey());
            ResultSetRewindable rows = QueryRunner.select(fixture.store, q);
            if (sampleHas(e.getKey())) {
                withFacts.add(e.getKey());
                assertTrue(rows.size() > 0, e.getKey() + " is in the sample, but its example finds nothing:\n" + e.getValue());
            }
        }
        // The sample's entity classes, core relations and provenance: the check above bites.
        for (String t : List.of("nkg:Person", "nkg:Country", "nkg:Agreement", "nkg:Article", "nkg:Evidence", "nkg:signed",
                "nkg:leaderOf", "nkg:metWith", "nkg:visited", "nkg:holdsTitle", "nkg:mentionedIn", "nkg:sentence")) {
            assertTrue(withFacts.contains(t), t + " not found in the sample: " + withFacts);
        }
    }

    @Test
    void aCoreRelationsExampleNamesTheFactsAndCountsTheirArticles() {
        ResultSetRewindable rows = QueryRunner.select(fixture.store, QueryRunner.parse(examples.get("nkg:signed"), "signed"));
        List<String> subjects = new ArrayList<>();
        rows.forEachRemaining(s -> {
            subjects.add(s.getLiteral("subject").getString());
            assertEquals("Maravel Fisheries Accord", s.getLiteral("object").getString());
            assertTrue(s.getLiteral("articles").getInt() >= 1);
        });
        assertFalse(subjects.isEmpty());
    }

    @Test
    void theRunLinksWorkOnTheEndpointWhichNeedsThePrefixLines() {
        String href = page.selectFirst("section.term[data-term=nkg:signed] a.run").attr("href");
        assertTrue(href.startsWith("/newskg/sparql?query="), href);
        HttpResponse<String> r = http.get(href.substring(1), null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("Maravel Fisheries Accord"), r.body());
        // Fuseki's endpoint itself knows no prefixes: the same query without PREFIX lines is refused.
        HttpResponse<String> bare = http.get("newskg/sparql?query=" + enc(examples.get("nkg:signed")), null);
        assertEquals(400, bare.statusCode());
        assertTrue(bare.body().contains("Unresolved prefixed name"), bare.body());
    }
}
