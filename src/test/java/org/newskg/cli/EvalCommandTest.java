package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;
import org.newskg.store.StoreSpec;

/** Runs {@code eval} on a small TDB2 store built from an invented graph; no CoreNLP. */
class EvalCommandTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun(() -> dir);

    private void store() throws Exception {
        Files.writeString(dir.resolve("gold.json"), """
                {"entities": [{"id": "a", "type": "Person", "names": ["Ann Arrow"]},
                              {"id": "c", "type": "Country", "names": ["Corvia"]}],
                 "facts": [{"s": "a", "p": ["leaderOf"], "o": "c"},
                           {"s": "a", "p": ["holdsTitle"], "literal": "Queen"}]}
                """);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString("""
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                <urn:ex:a> a nkg:Person ; skos:prefLabel "Ann Arrow" ; nkg:leaderOf <urn:ex:c> .
                <urn:ex:c> a nkg:Country ; skos:prefLabel "Corvia" ; nkg:leaderOf <urn:ex:a> .
                <urn:ex:z> a nkg:Person ; skos:prefLabel "Zed Zane" .
                """, Lang.TURTLE).parse(m);
        try (KgStore store = KgStore.open(StoreSpec.tdb2(dir.resolve("kg")))) {
            store.replaceAll(Map.of("urn:ex:graph", m));
        }
    }

    @Test
    void printsTheFiguresOnePerLine() throws Exception {
        store();
        assertEquals(0, cli.run("eval", "--gold", "gold.json", "--store", "kg"), cli.err());
        assertEquals("""
                entity recall      1.000 (2/2)
                entity precision   0.667 (2/3)
                type accuracy      1.000 (2/2)
                fragmentation      1.000 (2/2)
                over-merged nodes  0
                fact recall        0.500 (1/2)
                relation recall    1.000 (1/1)
                fact precision     0.500 (1/2)
                qualified as fact    n/a (0/0)
                qualified kept       n/a (0/0)
                """, cli.out().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void detailsListWhatIsBehindTheFigures() throws Exception {
        store();
        assertEquals(0, cli.run("eval", "--gold", "gold.json", "--store", "kg", "--details"), cli.err());
        String text = cli.out();
        assertTrue(text.contains("spurious nodes (match no gold entity): 1"), text);
        assertTrue(text.contains("  Zed Zane [Person]"), text);
        assertTrue(text.contains("  a holdsTitle \"Queen\""), text);
        assertTrue(text.contains("  Corvia [Country] leaderOf Ann Arrow [Person]"), text);
    }

    @Test
    void goldIsRequiredAndMustExist() throws Exception {
        assertEquals(2, cli.run("eval", "--store", "kg"));
        assertEquals("newskg eval: missing --gold", cli.err().lines().findFirst().orElse(""), cli.err());
        store();
        assertEquals(1, cli.run("eval", "--gold", "missing.json", "--store", "kg"));
        assertTrue(cli.err().startsWith("newskg eval: ") && cli.err().contains("missing.json not found"), cli.err());
    }

    @Test
    void aMissingStoreIsAnError() throws Exception {
        Files.writeString(dir.resolve("gold.json"), "{\"entities\": [{\"id\": \"a\", \"type\": \"Person\", \"names\": [\"A\"]}]}");
        assertEquals(1, cli.run("eval", "--gold", "gold.json", "--store", "nowhere"));
        assertTrue(cli.err().startsWith("newskg eval: ") && cli.err().contains("no store at"), cli.err());
    }
}
