package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestPipeline;
import org.newskg.build.StoredCorpus;
import org.newskg.store.StoreSpec;

/**
 * A corpus that grows: {@code build} never drops articles it was not given unless told
 * ({@code --replace}), {@code add} keeps the stored articles and adds new ones, {@code remove} takes
 * one out. Four seeds are built, then the fifth is added; all from a copy of the seeds' cache, so no
 * model is loaded.
 */
class CorpusGrowsIT {
    @TempDir
    Path dir;
    private final CliRun cli = new CliRun(() -> dir);

    private List<String> stored() {
        return StoredCorpus.ids(StoreSpec.tdb2(dir.resolve("kg")));
    }

    @Test
    void addKeepsWhatIsStoredAndBuildRefusesToDropIt() throws IOException {
        Path cache = dir.resolve("cache");
        try (Stream<Path> s = Files.walk(TestPipeline.seedCache())) {
            for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
                Path to = cache.resolve(TestPipeline.seedCache().relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        List<Path> seeds;
        try (Stream<Path> s = Files.list(TestPipeline.seedsFolder())) {
            seeds = s.filter(Files::isRegularFile).sorted().toList();
        }
        Path four = Files.createDirectories(dir.resolve("four"));
        for (Path p : seeds.subList(0, 4)) {
            Files.copy(p, four.resolve(p.getFileName()));
        }
        Path fresh = Files.createDirectories(dir.resolve("new")).resolve(seeds.get(4).getFileName());
        Files.copy(seeds.get(4), fresh);
        String[] common = {"--store", "kg", "--cache", cache.toString()};

        assertEquals(0, cli.run(concat(new String[] {"build", "four"}, common)), cli.err());
        List<String> first = stored();
        assertEquals(4, first.size());

        assertEquals(1, cli.run(concat(new String[] {"build", "new"}, common)), cli.err());
        assertTrue(cli.err().contains("holds 4 articles that are not among these files") && cli.err().contains("'newskg add'")
                && cli.err().contains("--replace") && cli.err().contains("the store is unchanged"), cli.err());
        assertEquals(first, stored(), "a refused build leaves the store as it was");

        assertEquals(0, cli.run(concat(new String[] {"add", "new"}, common)), cli.err());
        List<String> five = stored();
        assertEquals(5, five.size(), cli.err());
        assertTrue(five.containsAll(first), "the four stored articles are kept");
        assertTrue(cli.err().contains("added or changed: 1; already there: 0; the store holds 5 articles"), cli.err());
        assertTrue(cli.err().contains("annotated: 0 (cached: 5)"), "the stored articles' annotations are used again: " + cli.err());

        assertEquals(0, cli.run(concat(new String[] {"add", "new"}, common)), cli.err());
        assertTrue(cli.err().contains("added or changed: 0; already there: 1"), cli.err());
        assertEquals(five, stored());

        assertEquals(1, cli.run(concat(new String[] {"remove", "no-such-article"}, common)), cli.err());
        assertTrue(cli.err().contains("no article of the store") && cli.err().contains("nothing was removed"), cli.err());
        assertEquals(five, stored());
        assertEquals(0, cli.run(concat(new String[] {"remove", fresh.toString()}, common)), cli.err());
        assertEquals(first, stored());

        assertEquals(0, cli.run(concat(new String[] {"build", "new", "--replace"}, common)), cli.err());
        assertEquals(1, stored().size());
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }
}
