package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.export.ExportFixture;
import org.newskg.store.KgStore;
import org.newskg.store.StoreSpec;

/** {@code newskg export} with the graph formats and their options, on a TDB2 store of the export fixture. */
class ExportCommandTest {
    @TempDir
    Path dir;


    @BeforeEach
    void store() {
        try (KgStore store = KgStore.open(StoreSpec.tdb2(dir.resolve("store")))) {
            store.replaceAll(ExportFixture.graphs());
        }
    }

    private int run(String... args) {
        return cli().run(args);
    }

    private CliRun cli;

    private CliRun cli() {
        if (cli == null) {
            cli = new CliRun(dir);
        }
        return cli;
    }

    private String out() {
        return cli().out();
    }

    private String err() {
        return cli().err();
    }

    @Test
    void writesAGraphFormatWithItsOptionsAndSaysWhatItWrote() throws Exception {
        assertEquals(0, run("export", "--format", "graphml", "--view", "full", "--types", "Person,Article",
                "--relations", "mentionedIn", "--out", "people.graphml", "--store", "store"), err());
        // 4 persons, 3 articles; Marta Velk is in all three, the others in one each.
        assertTrue(err().contains("(graphml, 7 nodes, 6 edges, "), err());
        assertTrue(Files.readString(dir.resolve("people.graphml")).contains("<graphml"));
        assertTrue(!Files.exists(dir.resolve("people.graphml.part")));
    }

    @Test
    void writesToStdoutWithoutOut() {
        assertEquals(0, run("export", "--format", "dot", "--min-support", "2", "--drop-isolated", "--store", "store"), err());
        assertTrue(out().startsWith("digraph newskg {"), out());
        assertTrue(out().contains("leaderOf (3)") && out().contains("signed (2)") && !out().contains("metWith"), out());
    }

    @Test
    void theFormatCanBeNamedByItsExtension() {
        assertEquals(0, run("export", "--format", "cyjs", "--store", "store"), err());
        assertTrue(out().contains("\"elements\""), out());
    }

    @Test
    void wrongOptionsAreUsageErrorsThatSayWhatIsRight() {
        assertEquals(2, run("export", "--format", "gexf", "--types", "Person,Ship", "--store", "store"));
        assertTrue(err().contains("unknown type 'Ship' in --types; use Person, Organization, Country, City, Place, Agreement"), err());
        assertEquals(2, run("export", "--format", "dot", "--relations", "mentionedIn", "--store", "store"));
        assertTrue(err().contains("add --view full"), err());
        assertEquals(2, run("export", "--format", "turtle", "--min-support", "2", "--store", "store"));
        assertTrue(err().contains("apply to the graph formats (graphml, gexf, dot, cytoscape); turtle writes the whole RDF graph"), err());
        assertEquals(2, run("export", "--format", "graphml", "--min-support", "many", "--store", "store"));
        assertTrue(err().contains("--min-support takes a whole number"), err());
    }

    @Test
    void helpListsTheFormatsAndTheViewOptions() {
        assertEquals(0, run("export", "--help"));
        String help = out().replaceAll("\\s+", " "); // as a person reads it, whatever the line breaks
        for (String s : new String[] {"graphml (yEd, Gephi, Cytoscape)", "gexf (Gephi)", "dot (Graphviz)", "cytoscape (Cytoscape.js",
                "--view", "--types", "--relations", "--min-support", "--drop-isolated"}) {
            assertTrue(help.contains(s), s + " missing from:\n" + out());
        }
    }
}
