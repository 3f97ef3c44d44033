package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.TestPipeline;
import org.newskg.ingest.ArticleReader;
import org.newskg.model.Document;

/**
 * {@link CachedPairwiseCoref} links the same mentions as CoreNLP's statistical algorithm: every
 * coreference chain (and every other annotation) of the seeds and of a text of invented names is the
 * same with either in the pipeline.
 */
class CachedPairwiseCorefIT {
    @Test
    void theCachedScoringGivesCoreNlpsChains() throws ReflectiveOperationException {
        List<Document> docs = new ArrayList<>(new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES).read(List.of(Path.of("seeds"))).documents());
        docs.add(new Document("invented", List.of("invented.txt"), "Envoy in Port Elsen",
                "PORT ELSEN - Envoy Lena Marsh met Governor Tomas Qirel on Tuesday. She said he had not signed the Grey "
                        + "Strait Accord. The governor told her that his ministry would study it, and Marsh said she hoped "
                        + "they would meet again. Qirel's deputy, Ana Vellmora, said her office backed the accord.",
                Optional.of(LocalDate.of(2025, 3, 4))));
        CoreNlpAnnotator nlp = TestPipeline.annotator();
        assertTrue(CachedPairwiseCoref.install(nlp.pipeline()), "the pipeline scores coreference with the cached sums");
        List<String> cached = new ArrayList<>();
        for (Document d : docs) {
            cached.add(AnnotationReader.read(d, nlp.annotate(d)).toString());
        }
        CachedPairwiseCoref.uninstall(nlp.pipeline());
        try {
            int chains = 0;
            for (int i = 0; i < docs.size(); i++) {
                ParsedText coreNlp = AnnotationReader.read(docs.get(i), nlp.annotate(docs.get(i)));
                chains += coreNlp.corefChains().size();
                assertEquals(coreNlp.toString(), cached.get(i), docs.get(i).source());
            }
            assertTrue(chains > 20, "the texts have coreference chains to compare: " + chains);
        } finally {
            assertTrue(CachedPairwiseCoref.install(nlp.pipeline()));
        }
    }
}
