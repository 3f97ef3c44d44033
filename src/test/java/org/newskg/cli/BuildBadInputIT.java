package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;
import org.newskg.store.StoreSpec;

/**
 * {@code newskg build} over the whole bad-input corpus ({@code src/test/resources/bad-input/}) plus a
 * missing path and a very long line, as a user runs it: each bad file is reported by name with its
 * reason, the others are built, and the exit code says that some were skipped. Builds a handful of
 * tiny articles with the real pipeline (CoreNLP's models are loaded once per test JVM and shared).
 */
class BuildBadInputIT {
    private static final String NKG = "https://w3id.org/newskg/ontology#";

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun(() -> dir);

    @Test
    void badFilesAreSkippedByNameTheOthersBuiltAndTheExitCodeSaysSo() throws Exception {
        Path corpus = dir.resolve("bad-input");
        org.newskg.ingest.BadInputTest.copy(org.newskg.ingest.BadInputTest.CORPUS, corpus);
        // A long article on one line (as text copied from some sites comes): read, built, headline cut.
        String sentence = "Ministers of Valdoria and Norvessa met again in Maravel on Wednesday. ";
        Files.writeString(corpus.resolve("one-line.txt"), sentence.repeat(8_000 / sentence.length()));

        int code = cli.run("build", "bad-input", "missing.txt", "--store", "st");
        String err = cli.err();

        assertEquals(BuildCommand.EXIT_SKIPPED, code, err);
        Map<String, List<String>> skipped = new java.util.TreeMap<>(org.newskg.ingest.BadInputTest.SKIPPED);
        skipped.put("../missing.txt", List.of("no such file or folder"));
        skipped.forEach((file, words) -> {
            String line = err.lines().filter(l -> l.startsWith("newskg: skipped " + corpus.resolve(file).normalize() + ": "))
                    .findFirst().orElseThrow(() -> new AssertionError("no 'skipped' line for " + file + ":\n" + err));
            words.forEach(w -> assertTrue(line.contains(w), line));
        });
        assertTrue(err.contains("newskg: read " + corpus.resolve("page.html") + " as HTML: its article text is extracted"), err);
        assertTrue(err.contains("hold the same article; it is built once"), err);
        assertTrue(err.contains("Built 6 articles"), err);
        assertTrue(err.contains("  skipped: 10 files (listed above)"), err);

        try (KgStore store = KgStore.open(StoreSpec.tdb2(dir.resolve("st")))) {
            List<QuerySolution> articles = store.read(ds -> {
                try (QueryExecution qe = QueryExecution.create("PREFIX nkg: <" + NKG + "> PREFIX schema: <https://schema.org/> "
                        + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
                        + "SELECT ?a ?headline ?file ?text { ?a a nkg:Article ; schema:headline ?headline ; nkg:sourceFile ?file ; "
                        + "nif:isString ?text }", ds)) {
                    return ResultSetFormatter.toList(qe.execSelect());
                }
            });
            Set<String> files = new TreeSet<>();
            articles.forEach(r -> files.add(corpus.relativize(Path.of(r.getLiteral("file").getString())).toString()));
            assertEquals(new TreeSet<>(List.of("bom.txt", "copies/duplicate-b.txt", "duplicate-a.txt", "good/ministers-meet.txt",
                    "good/sub/deeper/trade-talks.txt", "one-line.txt", "page.html")), files, "both names of the duplicate are recorded");
            assertEquals(6, articles.stream().map(r -> r.getResource("a").getURI()).distinct().count());
            QuerySolution page = articles.stream().filter(r -> r.getLiteral("file").getString().endsWith("page.html")).findFirst()
                    .orElseThrow();
            String text = page.getLiteral("text").getString();
            assertEquals(List.of("HTML"), store.read(ds -> ResultSetFormatter.toList(QueryExecution.create("SELECT ?f { <"
                    + page.getResource("a").getURI() + "> <" + NKG + "convertedFrom> ?f }", ds).execSelect()).stream()
                    .map(r -> r.getLiteral("f").getString()).toList()), "the graph records the conversion");
            assertTrue(text.startsWith("Valdoria and Norvessa sign fisheries accord\n\n") && !text.contains("<") && !text.contains("loadAds")
                    && !text.contains("Sport"), "the extracted text is the article's text: " + text);
            // A mention's offsets point into that extracted text.
            List<QuerySolution> mentions = store.read(ds -> {
                try (QueryExecution qe = QueryExecution.create("PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
                        + "SELECT ?anchor ?b ?e { ?m nif:referenceContext <" + page.getResource("a").getURI() + "> ; "
                        + "nif:anchorOf ?anchor ; nif:beginIndex ?b ; nif:endIndex ?e }", ds)) {
                    return ResultSetFormatter.toList(qe.execSelect());
                }
            });
            assertTrue(!mentions.isEmpty(), "the page's mentions");
            for (QuerySolution m : mentions) {
                assertEquals(m.getLiteral("anchor").getString(), text.substring(m.getLiteral("b").getInt(), m.getLiteral("e").getInt()));
            }
        }
    }
}
