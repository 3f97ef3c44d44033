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
    void helpListsTheCommands() {
        assertEquals(0, run("--help"));
        for (String c : new String[] {"build", "query", "export"}) {
            assertTrue(out().contains(c), out());
        }
    }

    @Test
    void commandHelpListsItsOptions() {
        assertEquals(0, run("export", "--help"));
        assertTrue(out().contains("--format") && out().contains("--store"), out());
    }

    @Test
    void version() {
        assertEquals(0, run("--version"));
        assertTrue(out().startsWith("newskg "), out());
    }

    @Test
    void usageErrorsExitTwoWithOneClearLine() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err().contains("unknown command 'frobnicate'"), err());
        assertEquals(2, run("export"));
        assertTrue(err().contains("--format"), err());
        assertEquals(2, run("export", "--format", "bogus", "--store", dir.toString()));
        assertTrue(err().contains("unknown export format 'bogus'"), err());
        assertEquals(2, run("query", "no-such-saved-query", "--store", dir.toString()));
    }

    @Test
    void aMissingStoreIsAFailureNotAnEmptyGraph() {
        assertEquals(1, run("query", "--sparql", "SELECT * { ?s ?p ?o }", "--store", "nowhere"));
        assertTrue(err().contains("no store at"), err());
        assertTrue(!Files.exists(dir.resolve("nowhere")), "a read must not create a store");
    }

    @Test
    void aQuerySyntaxErrorSaysWhere() {
        assertEquals(1, run("query", "--sparql", "SELECT * WHERE { ?s ?p }", "--store", dir.toString()));
        assertTrue(err().contains("line 1, column"), err());
    }

    @Test
    void buildOfNothingReadableSaysSoAndLeavesTheStoreAsItWas() throws Exception {
        Files.writeString(dir.resolve("empty.txt"), "");
        int code = run("build", dir.resolve("empty.txt").toString(), "no-such-folder", "--store", dir.resolve("st").toString());
        assertEquals(1, code, err());
        assertTrue(err().contains("newskg: skipped " + dir.resolve("empty.txt") + ": empty file"), err());
        assertTrue(err().contains("newskg: skipped " + dir.resolve("no-such-folder") + ": no such file or folder"), err());
        assertTrue(err().strip().endsWith("newskg build: nothing to build: no input file could be read (see above); "
                + "the store is unchanged"), err());
        assertTrue(!Files.exists(dir.resolve("st")), "no store was made");

        // An existing graph is not replaced by an empty one because its articles were not found.
        org.newskg.store.StoreSpec spec = org.newskg.store.StoreSpec.tdb2(dir.resolve("kept"));
        try (org.newskg.store.KgStore store = org.newskg.store.KgStore.open(spec)) {
            store.write(ds -> ds.getNamedModel("urn:x:g").add(ds.getDefaultModel().createResource("urn:x:a"),
                    org.apache.jena.vocabulary.RDFS.label, "kept"));
        }
        Files.createDirectories(dir.resolve("empty-folder"));
        assertEquals(1, run("build", "empty-folder", "--store", "kept"), err());
        assertEquals("newskg build: no articles in " + dir.resolve("empty-folder") + "; the store is unchanged", err().strip());
        try (org.newskg.store.KgStore store = org.newskg.store.KgStore.open(spec)) {
            assertEquals(java.util.List.of("urn:x:g"), store.graphNames());
        }
    }
}
