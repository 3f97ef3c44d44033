package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** {@code newskg query} as a person types it: no PREFIX lines, plain values in the table, a suggestion for a typo. */
class QueryCommandTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun(() -> dir);

    private void store() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString("""
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                PREFIX ent: <https://w3id.org/newskg/id/entity/>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                ent:ann-arrow a nkg:Person ; skos:prefLabel "Ann Arrow"@en ; nkg:signed ent:pact .
                ent:pact a nkg:Agreement ; skos:prefLabel "Harbour Pact"@en ; nkg:date "2031-02-03"^^xsd:date .
                """, Lang.TURTLE).parse(m);
        try (KgStore store = KgStore.open(StoreSpec.tdb2(dir.resolve("kg")))) {
            store.replaceAll(Map.of("urn:ex:graph", m));
        }
    }

    @Test
    void aQueryWithoutPrefixLinesRunsAndItsTableShowsPlainValues() {
        store();
        assertEquals(0, cli.run("query", "--store", "kg", "--sparql",
                "SELECT ?who ?signed ?when WHERE { ?a nkg:signed ?b . ?a skos:prefLabel ?who . ?b skos:prefLabel ?signed ; nkg:date ?when }"), cli.err());
        String table = cli.out();
        assertTrue(table.contains("| Ann Arrow | Harbour Pact | 2031-02-03 |"), table);
        assertFalse(table.contains("@en") || table.contains("XMLSchema"), table);

        assertEquals(0, cli.run("query", "--store", "kg", "--sparql", "SELECT ?a ?b WHERE { ?a nkg:signed ?b }"), cli.err());
        assertTrue(cli.out().contains("| ent:ann-arrow | ent:pact |"), "IRIs in their prefixed form: " + cli.out());

        // CSV keeps full terms; a query's own PREFIX wins over NewsKG's
        assertEquals(0, cli.run("query", "--store", "kg", "--format", "csv", "--sparql",
                "PREFIX ent: <urn:other:> SELECT ?b WHERE { ?a nkg:signed ?b }"), cli.err());
        assertEquals("b\nhttps://w3id.org/newskg/id/entity/pact\n", cli.out().replace("\r", ""));
    }

    @Test
    void aMistypedSavedQuerySuggestsTheNearestName() {
        store();
        assertEquals(2, cli.run("query", "agreemnts", "--store", "kg"));
        assertTrue(cli.err().contains("did you mean 'agreements'?"), cli.err());
        assertEquals(2, cli.run("query", "completely-different-name", "--store", "kg"));
        assertFalse(cli.err().contains("did you mean"), cli.err());
    }
}
