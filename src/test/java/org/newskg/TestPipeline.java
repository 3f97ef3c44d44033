package org.newskg;

import java.nio.file.Path;
import java.util.List;
import org.newskg.build.BuildReport;
import org.newskg.build.KgBuild;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.nlp.NlpConfig;
import org.newskg.store.KgStore;
import org.newskg.store.StoreSpec;

/**
 * What the tests that need CoreNLP share: one pipeline per test JVM (loading it takes tens of
 * seconds and gigabytes), and the graph of the seed articles, built once into memory.
 */
public final class TestPipeline {
    private static CoreNlpAnnotator annotator;
    private static KgStore seeds;
    private static BuildReport seedsReport;

    private TestPipeline() {}

    public static synchronized CoreNlpAnnotator annotator() {
        if (annotator == null) {
            annotator = CoreNlpAnnotator.load(NlpConfig.defaults());
        }
        return annotator;
    }

    /** The seeds' graph in an in-memory store; read-only by convention: tests must not write to it. */
    public static synchronized KgStore seeds() {
        if (seeds == null) {
            seeds = KgStore.open(StoreSpec.memory());
            seedsReport = KgBuild.create().articles(List.of(Path.of("seeds")))
                    .annotator(TestPipeline::annotator).runInto(seeds);
        }
        return seeds;
    }

    public static synchronized BuildReport seedsReport() {
        seeds();
        return seedsReport;
    }
}
