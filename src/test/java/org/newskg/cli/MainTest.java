package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the CLI as a user would, with its own streams; none of these load CoreNLP. */
class MainTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun(() -> dir);

    @Test
    void helpListsTheCommands() {
        assertEquals(0, cli.run("--help"));
        for (String c : new String[] {"build", "query", "export"}) {
            assertTrue(cli.out().contains(c), cli.out());
        }
    }

    @Test
    void commandHelpListsItsOptions() {
        assertEquals(0, cli.run("export", "--help"));
        assertTrue(cli.out().contains("--format") && cli.out().contains("--store"), cli.out());
    }

    @Test
    void version() {
        assertEquals(0, cli.run("--version"));
        assertTrue(cli.out().startsWith("newskg "), cli.out());
    }

    @Test
    void usageErrorsExitTwoWithOneClearLine() {
        assertEquals(2, cli.run("frobnicate"));
        assertTrue(cli.err().contains("unknown command 'frobnicate'"), cli.err());
        assertEquals(2, cli.run("export"));
        assertTrue(cli.err().contains("--format"), cli.err());
        assertEquals(2, cli.run("export", "--format", "bogus", "--store", dir.toString()));
        assertTrue(cli.err().contains("unknown export format 'bogus'"), cli.err());
        assertEquals(2, cli.run("query", "no-such-saved-query", "--store", dir.toString()));
    }

    @Test
    void aMissingStoreIsAFailureNotAnEmptyGraph() {
        assertEquals(1, cli.run("query", "--sparql", "SELECT * { ?s ?p ?o }", "--store", "nowhere"));
        assertTrue(cli.err().contains("no store at"), cli.err());
        assertTrue(!Files.exists(dir.resolve("nowhere")), "a read must not create a store");
    }

    @Test
    void aQuerySyntaxErrorSaysWhere() {
        assertEquals(1, cli.run("query", "--sparql", "SELECT * WHERE { ?s ?p }", "--store", dir.toString()));
        assertTrue(cli.err().contains("line 1, column"), cli.err());
    }

    @Test
    void buildOfNothingReadableSaysSoAndLeavesTheStoreAsItWas() throws Exception {
        Files.writeString(dir.resolve("empty.txt"), "");
        int code = cli.run("build", dir.resolve("empty.txt").toString(), "no-such-folder", "--store", dir.resolve("st").toString());
        assertEquals(1, code, cli.err());
        assertTrue(cli.err().contains("newskg: skipped " + dir.resolve("empty.txt") + ": empty file"), cli.err());
        assertTrue(cli.err().contains("newskg: skipped " + dir.resolve("no-such-folder") + ": no such file or folder"), cli.err());
        assertTrue(cli.err().strip().endsWith("newskg build: nothing to build: no input file could be read (see above); "
                + "the store is unchanged"), cli.err());
        assertTrue(!Files.exists(dir.resolve("st")), "no store was made");

        // An existing graph is not replaced by an empty one because its articles were not found.
        org.newskg.store.StoreSpec spec = org.newskg.store.StoreSpec.tdb2(dir.resolve("kept"));
        try (org.newskg.store.KgStore store = org.newskg.store.KgStore.open(spec)) {
            store.write(ds -> ds.getNamedModel("urn:x:g").add(ds.getDefaultModel().createResource("urn:x:a"),
                    org.apache.jena.vocabulary.RDFS.label, "kept"));
        }
        Files.createDirectories(dir.resolve("empty-folder"));
        assertEquals(1, cli.run("build", "empty-folder", "--store", "kept"), cli.err());
        assertEquals("newskg build: no articles in " + dir.resolve("empty-folder") + "; the store is unchanged", cli.err().strip());
        try (org.newskg.store.KgStore store = org.newskg.store.KgStore.open(spec)) {
            assertEquals(java.util.List.of("urn:x:g"), store.graphNames());
        }
    }
}
