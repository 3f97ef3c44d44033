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

    private final CliRun cli = new CliRun(() -> dir);

    @Test
    void writesAGraphFormatWithItsOptionsAndSaysWhatItWrote() throws Exception {
        assertEquals(0, cli.run("export", "--format", "graphml", "--view", "full", "--types", "Person,Article",
                "--relations", "mentionedIn", "--out", "people.graphml", "--store", "store"), cli.err());
        // 4 persons, 3 articles; Marta Velk is in all three, the others in one each.
        assertTrue(cli.err().contains("(graphml, 7 nodes, 6 edges, "), cli.err());
        assertTrue(Files.readString(dir.resolve("people.graphml")).contains("<graphml"));
        assertTrue(!Files.exists(dir.resolve("people.graphml.part")));
    }

    @Test
    void writesToStdoutWithoutOut() {
        assertEquals(0, cli.run("export", "--format", "dot", "--min-support", "2", "--drop-isolated", "--store", "store"), cli.err());
        assertTrue(cli.out().startsWith("digraph newskg {"), cli.out());
        assertTrue(cli.out().contains("leaderOf (3)") && cli.out().contains("signed (2)") && !cli.out().contains("metWith"), cli.out());
    }

    @Test
    void largeGraphDefaults() {
        // Without options: the entity in no fact is left out, nodes are sized by degree, edges by support.
        assertEquals(0, cli.run("export", "--format", "dot", "--store", "store"), cli.err());
        String dot = cli.out();
        assertTrue(!dot.contains("Silver Lake") && dot.contains("Port Emsley"), dot);
        assertTrue(dot.contains("10 nodes, 8 edges"), dot);
        assertTrue(dot.matches("(?s).*\"entity:marta-velk\" \\[[^]]*fontsize=\"1[2-9][.0-9]*\".*"), dot);
        assertTrue(dot.contains("penwidth=\"2\""), "leaderOf, 3 articles: " + dot);
        assertEquals(0, cli.run("export", "--format", "dot", "--keep-isolated", "--store", "store"), cli.err());
        assertTrue(cli.out().contains("Silver Lake") && cli.out().contains("11 nodes, 8 edges"), cli.out());
        // --drop-isolated, once needed for this, is still taken.
        assertEquals(0, cli.run("export", "--format", "gexf", "--drop-isolated", "--store", "store"), cli.err());
        assertTrue(!cli.out().contains("Silver Lake") && cli.out().contains("<viz:color "), cli.out());
    }

    @Test
    void theFormatCanBeNamedByItsExtension() {
        assertEquals(0, cli.run("export", "--format", "cyjs", "--store", "store"), cli.err());
        assertTrue(cli.out().contains("\"elements\""), cli.out());
    }

    @Test
    void wrongOptionsAreUsageErrorsThatSayWhatIsRight() {
        assertEquals(2, cli.run("export", "--format", "gexf", "--types", "Person,Ship", "--store", "store"));
        assertTrue(cli.err().contains("unknown type 'Ship' in --types; use Person, Organization, Country, City, Place, Agreement"), cli.err());
        assertEquals(2, cli.run("export", "--format", "dot", "--relations", "mentionedIn", "--store", "store"));
        assertTrue(cli.err().contains("add --view full"), cli.err());
        assertEquals(2, cli.run("export", "--format", "turtle", "--min-support", "2", "--store", "store"));
        assertTrue(cli.err().contains("apply to the graph formats (graphml, gexf, dot, cytoscape); turtle writes the whole RDF graph"), cli.err());
        assertEquals(2, cli.run("export", "--format", "graphml", "--min-support", "many", "--store", "store"));
        assertTrue(cli.err().contains("--min-support takes a whole number"), cli.err());
        assertEquals(2, cli.run("export", "--format", "dot", "--keep-isolated", "--drop-isolated", "--store", "store"));
        assertTrue(cli.err().contains("contradict each other"), cli.err());
        assertEquals(2, cli.run("export", "--format", "trig", "--keep-isolated", "--store", "store"));
        assertTrue(cli.err().contains("apply to the graph formats"), cli.err());
    }

    @Test
    void helpListsTheFormatsAndTheViewOptions() {
        assertEquals(0, cli.run("export", "--help"));
        String help = cli.out().replaceAll("\\s+", " "); // as a person reads it, whatever the line breaks
        for (String s : new String[] {"graphml (yEd, Gephi, Cytoscape)", "gexf (Gephi)", "dot (Graphviz)", "cytoscape (Cytoscape.js",
                "--view", "--types", "--relations", "--min-support", "--keep-isolated", "--drop-isolated"}) {
            assertTrue(help.contains(s), s + " missing from:\n" + cli.out());
        }
    }
}
