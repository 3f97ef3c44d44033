package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestPipeline;
import org.newskg.build.BuildManifest;

/**
 * A build given the same files as the last one, into the store as that build left it, stops after
 * listing them ({@link BuildManifest}); anything that could change the graph makes it build in full:
 * a file touched, a file added, a write to the store by another command, {@code --recheck}. From a
 * copy of the seeds' cache, so no model is loaded.
 */
class UnchangedBuildIT {
    private static final String SKIPPED = "nothing changed since the last build";
    @TempDir
    Path dir;
    private final CliRun cli = new CliRun(() -> dir);

    @Test
    void aBuildOfTheSameFilesStopsAfterListingThemAndAnyChangeBuildsInFull() throws IOException {
        Path cache = dir.resolve("cache");
        TestPipeline.copySeedCache(cache);
        List<Path> seeds = TestPipeline.seedFiles();
        Path corpus = TestPipeline.copyInto(dir.resolve("corpus"), seeds.subList(0, 4));
        String[] build = {"build", "corpus", "--store", "kg", "--cache", cache.toString()};

        assertEquals(0, cli.run(build), cli.err());
        assertFalse(cli.err().contains(SKIPPED), cli.err());
        String full = cli.err();
        assertTrue(Files.isRegularFile(dir.resolve("kg").resolve(BuildManifest.FILE_NAME)));
        assertEquals(6, Files.readAllLines(dir.resolve("kg").resolve(BuildManifest.GRAPHS_FILE)).size(),
                "the store's digest, then the entities graph and 4 articles");

        assertEquals(0, cli.run(build), cli.err());
        assertTrue(cli.err().contains(SKIPPED + ": the same 4 files"), cli.err());
        // The same figures as the build that wrote the store.
        assertEquals(line(full, "  entities: "), line(cli.err(), "  entities: "));
        assertEquals(line(full, "  facts: "), line(cli.err(), "  facts: "));
        assertTrue(cli.err().contains("changes: none"), cli.err());

        // Reading the store changes nothing.
        assertEquals(0, cli.run("query", "leaders", "--store", "kg"), cli.err());
        assertEquals(0, cli.run(build), cli.err());
        assertTrue(cli.err().contains(SKIPPED), "a query does not count as a change: " + cli.err());

        // --recheck reads everything again, and finds nothing to write.
        assertEquals(0, cli.run(CliRun.concat(build, "--recheck")), cli.err());
        assertFalse(cli.err().contains(SKIPPED), cli.err());
        assertTrue(cli.err().contains("annotated: 0 (cached: 4); graphs written: 0, dropped: 0"), cli.err());

        // A file touched (same bytes, a new time) is read again.
        Path first = Files.list(corpus).sorted().findFirst().orElseThrow();
        Files.setLastModifiedTime(first, FileTime.fromMillis(Files.getLastModifiedTime(first).toMillis() + 5_000));
        assertEquals(0, cli.run(build), cli.err());
        assertFalse(cli.err().contains(SKIPPED), "a touched file: " + cli.err());
        assertEquals(0, cli.run(build), cli.err());
        assertTrue(cli.err().contains(SKIPPED), cli.err());

        // A hidden file (an editor's swap file) is not an article, and changes nothing ...
        Files.writeString(corpus.resolve(".notes.swp"), "scratch");
        assertEquals(0, cli.run(build), cli.err());
        assertTrue(cli.err().contains(SKIPPED), cli.err());
        // ... but a new article does.
        Files.copy(seeds.get(4), corpus.resolve(seeds.get(4).getFileName()));
        assertEquals(0, cli.run(build), cli.err());
        assertFalse(cli.err().contains(SKIPPED), cli.err());
        assertTrue(cli.err().contains("Built 5 articles"), cli.err());
        assertEquals(0, cli.run(build), cli.err());
        assertTrue(cli.err().contains(SKIPPED + ": the same 5 files"), cli.err());

        // Another command's write to the store: the next build reads everything again.
        assertEquals(0, cli.run("remove", corpus.resolve(seeds.get(4).getFileName()).toString(), "--store", "kg",
                "--cache", cache.toString()), cli.err());
        assertEquals(0, cli.run(build), cli.err());
        assertFalse(cli.err().contains(SKIPPED), "after 'remove': " + cli.err());
        assertTrue(cli.err().contains("Built 5 articles"), "the removed article is built again: " + cli.err());
        // ... and stored again: the last build's graph digests, taken before 'remove', were not trusted.
        assertTrue(cli.err().contains("graphs written: 2,"), "the article's graph and the entities graph: " + cli.err());
        try (org.newskg.store.KgStore kg = org.newskg.store.KgStore.open(org.newskg.store.StoreSpec.tdb2(dir.resolve("kg")))) {
            assertEquals(5, org.newskg.rdf.StoredArticles.ids(kg.graphNames()).size());
        }
    }

    private static String line(String output, String start) {
        return output.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start + " in " + output));
    }
}
