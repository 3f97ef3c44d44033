package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    /** The reading commands' options: the store alone (they take no cache). */
    private static final String[] STORE = {"--store", "kg"};

    private List<String> stored() {
        return StoredCorpus.ids(StoreSpec.tdb2(dir.resolve("kg")));
    }

    @Test
    void addKeepsWhatIsStoredAndBuildRefusesToDropIt() throws IOException {
        Path cache = dir.resolve("cache");
        TestPipeline.copySeedCache(cache);
        List<Path> seeds = TestPipeline.seedFiles();
        Path four = TestPipeline.copyInto(dir.resolve("four"), seeds.subList(0, 4));
        Path fresh = Files.createDirectories(dir.resolve("new")).resolve(seeds.get(4).getFileName());
        Files.copy(seeds.get(4), fresh);
        String[] common = {"--store", "kg", "--cache", cache.toString()};

        assertEquals(0, cli.run(CliRun.concat(new String[] {"build", "four"}, common)), cli.err());
        List<String> first = stored();
        assertEquals(4, first.size());

        assertEquals(1, cli.run(CliRun.concat(new String[] {"build", "new"}, common)), cli.err());
        assertTrue(cli.err().contains("holds 4 articles that are not among these files") && cli.err().contains("'newskg add'")
                && cli.err().contains("--replace") && cli.err().contains("the store is unchanged"), cli.err());
        assertEquals(first, stored(), "a refused build leaves the store as it was");

        java.util.Set<String> entitiesBefore = entityLabels();
        assertEquals(0, cli.run(CliRun.concat(new String[] {"add", "new"}, common)), cli.err());
        List<String> five = stored();
        assertEquals(5, five.size(), cli.err());
        assertTrue(five.containsAll(first), "the four stored articles are kept");
        assertTrue(cli.err().contains("added or changed: 1; already there: 0; the store holds 5 articles"), cli.err());
        assertTrue(cli.err().contains("annotated: 0 (cached: 5)"), "the stored articles' annotations are used again: " + cli.err());

        // What the add changed: the article, and exactly the entities the store did not have before.
        JsonNode added = lastChange();
        assertEquals("add new", added.get("command").asText());
        assertEquals(2, added.get("sequence").asInt(), "the build was #1");
        assertEquals(List.of(Files.readAllLines(fresh).stream().filter(l -> !l.isBlank()).findFirst().orElseThrow().strip()),
                labels(added, "ArticleAdded"));
        java.util.Set<String> entitiesAfter = entityLabels();
        java.util.Set<String> fresher = new java.util.TreeSet<>(entitiesAfter);
        fresher.removeAll(entitiesBefore);
        assertEquals(fresher, new java.util.TreeSet<>(labels(added, "NewEntity")));
        assertTrue(!labels(added, "NewFact").isEmpty() || !labels(added, "FactCorroborated").isEmpty(), added.toString());
        for (JsonNode c : added.get("changes")) {
            if (c.get("kind").asText().equals("FactCorroborated")) {
                assertTrue(c.get("supportAfter").asInt() > c.get("supportBefore").asInt(), c.toString());
            }
        }
        assertEquals(0, cli.run(CliRun.concat(new String[] {"changes"}, STORE)), cli.err());
        assertTrue(cli.out().startsWith("#2  ") && cli.out().contains("add new") && cli.out().contains("articles added: 1"), cli.out());

        assertEquals(0, cli.run(CliRun.concat(new String[] {"add", "new"}, common)), cli.err());
        assertTrue(cli.err().contains("added or changed: 0; already there: 1"), cli.err());
        assertEquals(five, stored());

        assertEquals(1, cli.run(CliRun.concat(new String[] {"remove", "no-such-article"}, common)), cli.err());
        assertTrue(cli.err().contains("no article of the store") && cli.err().contains("nothing was removed"), cli.err());
        assertEquals(five, stored());
        assertEquals(0, cli.run(CliRun.concat(new String[] {"remove", fresh.toString()}, common)), cli.err());
        assertEquals(first, stored());
        JsonNode removed = lastChange();
        assertEquals(1, labels(removed, "ArticleRemoved").size(), removed.toString());
        assertTrue(labels(removed, "ArticleAdded").isEmpty(), removed.toString());

        assertEquals(0, cli.run(CliRun.concat(new String[] {"build", "new", "--replace"}, common)), cli.err());
        assertEquals(1, stored().size());
        // The history is kept through a --replace build, and numbered on.
        assertEquals(0, cli.run(CliRun.concat(new String[] {"changes", "--since", "1", "--format", "json"}, STORE)), cli.err());
        JsonNode history = new ObjectMapper().readTree(cli.out());
        List<Integer> numbers = new java.util.ArrayList<>();
        history.forEach(c -> numbers.add(c.get("sequence").asInt()));
        assertEquals(List.of(1, 2, 3, 4), numbers, "build, add, remove, build --replace (the unchanged add recorded nothing)");
        assertEquals(4, labels(history.get(3), "ArticleRemoved").size());
        assertEquals(0, cli.run(CliRun.concat(new String[] {"changes", "--since", "3"}, STORE)), cli.err());
        assertTrue(cli.out().startsWith("#3  ") && cli.out().contains("#4  ") && !cli.out().contains("#2  "), cli.out());

        assertEquals(2, cli.run(CliRun.concat(new String[] {"changes", "--since", "yesterday"}, STORE)));
        assertTrue(cli.err().contains("--since takes 'last', a change number (e.g. 3) or a date (YYYY-MM-DD)"), cli.err());
        assertEquals(0, cli.run(CliRun.concat(new String[] {"changes", "--since", "2999-01-01"}, STORE)), cli.err());
        assertTrue(cli.err().contains("no change matches --since 2999-01-01; the store's history runs from #1 to #4"), cli.err());
    }

    /** The newest recorded change, as {@code changes --format json} prints it. */
    private JsonNode lastChange() throws IOException {
        assertEquals(0, cli.run(CliRun.concat(new String[] {"changes", "--format", "json"}, STORE)), cli.err());
        JsonNode all = new ObjectMapper().readTree(cli.out());
        assertEquals(1, all.size(), "--since last is one change");
        return all.get(0);
    }

    private static List<String> labels(JsonNode change, String kind) {
        List<String> out = new java.util.ArrayList<>();
        change.get("changes").forEach(c -> {
            if (c.get("kind").asText().equals(kind)) {
                out.add(c.get("label").asText());
            }
        });
        return out;
    }

    private java.util.Set<String> entityLabels() {
        assertEquals(0, cli.run(CliRun.concat(new String[] {"query", "--sparql",
                "SELECT DISTINCT ?l { GRAPH <https://w3id.org/newskg/id/graph/entities> { ?e skos:prefLabel ?l } }", "--format", "tsv"}, STORE)),
                cli.err());
        java.util.Set<String> out = new java.util.TreeSet<>();
        cli.out().lines().skip(1).forEach(l -> out.add(l.replaceAll("^\"|\"@en$", "")));
        return out;
    }
}
