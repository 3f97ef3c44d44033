package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.TestPipeline;
import org.newskg.ingest.ArticleReader;
import org.newskg.model.Document;

/**
 * {@link CoreNlpAnnotator#loadFor}: a pipeline whose word lists are cut to some articles annotates
 * them exactly as the pipeline with CoreNLP's whole lists does (every token's tags, every dependency,
 * every coreference chain), and an article with other words is annotated with the whole lists.
 */
class ScopedPipelineIT {
    @Test
    void theCutPipelineAnnotatesItsArticlesAndAnyOtherAsTheWholeOneDoes() {
        List<Document> seeds = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES).read(List.of(Path.of("seeds"))).documents();
        CoreNlpAnnotator whole = TestPipeline.annotator();
        CoreNlpAnnotator cut = CoreNlpAnnotator.loadFor(NlpConfig.defaults(), seeds);
        assertTrue(cut.isCut());
        assertFalse(whole.isCut());
        for (Document d : seeds) {
            assertTrue(cut.inScope(d), d.source());
            assertEquals(parsed(whole, d), parsed(cut, d), d.source());
        }
        // Words no seed has: a town, a person, a date ("Tuesday") and a city CoreNLP's rules know (Kuching).
        Document other = new Document("other", List.of("other.txt"), "Envoy in Kuching",
                "KUCHING - Envoy Lena Marsh met Governor Tomas Qirel of Port Elsen in Kuching on Tuesday. She said "
                        + "the two would sign the Grey Strait Accord next month.", Optional.of(LocalDate.of(2025, 3, 4)));
        assertFalse(cut.inScope(other));
        String expected = parsed(whole, other);
        assertEquals(expected, parsed(cut, other));
        assertTrue(expected.contains("ner=CITY"), "Kuching is a city in CoreNLP's rules, which the seeds' cut left out: " + expected);
    }

    @Test
    void withNoRoomForTheCutListsTheWholeOnesAreLoaded(@org.junit.jupiter.api.io.TempDir Path dir) {
        List<Document> seeds = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES).read(List.of(Path.of("seeds"))).documents();
        CoreNlpAnnotator whole = TestPipeline.annotator();
        String tmp = System.getProperty("java.io.tmpdir");
        CoreNlpAnnotator nlp;
        try {
            System.setProperty("java.io.tmpdir", dir.resolve("no-such-folder").toString());
            nlp = CoreNlpAnnotator.loadFor(NlpConfig.defaults(), seeds);
        } finally {
            System.setProperty("java.io.tmpdir", tmp);
        }
        assertFalse(nlp.isCut(), "the build goes on with CoreNLP's whole lists");
        assertEquals(parsed(whole, seeds.get(0)), parsed(nlp, seeds.get(0)));
    }

    @Test
    void aParserThatCannotBeReadiedMakesTheWholeModelsLoad() {
        List<Document> seeds = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES).read(List.of(Path.of("seeds"))).documents();
        CoreNlpAnnotator whole = TestPipeline.annotator();
        CoreNlpAnnotator nlp = CoreNlpAnnotator.loadFor(NlpConfig.defaults(), seeds, (parser, ids, numTokens) -> {
            throw new IllegalStateException("products refused, as a test");
        });
        assertFalse(nlp.isCut(), "a parser without its pre-computed products must not parse");
        assertEquals(parsed(whole, seeds.get(0)), parsed(nlp, seeds.get(0)));
    }

    private static String parsed(CoreNlpAnnotator nlp, Document d) {
        return AnnotationReader.read(d, nlp.annotate(d)).toString();
    }
}
