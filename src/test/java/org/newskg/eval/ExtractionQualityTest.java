package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.TestPipeline;
import org.newskg.build.KgBuild;
import org.newskg.store.KgStore;
import org.newskg.store.StoreSpec;

/**
 * Scores the graphs built from the seeds, the development set, the two tuning sets and the held-out
 * set against their gold files, and prints the figures. The held-out set's articles were never looked
 * at while writing rules: its figures are the honest estimate for unseen news. The floors are the
 * figures measured when they were last raised (November 2026, after the TitleExtractor list fixes):
 * a change that lowers one fails here. The targets of issue 3 (fact recall 0.85 on the seeds) are
 * above them.
 */
class ExtractionQualityTest {
    private static Score score(KgStore store, Path gold) {
        return store.read(ds -> Scorer.score(ds.getUnionModel(), GoldFile.read(gold)));
    }

    private static void print(String what, Score s) {
        System.out.println("== " + what);
        s.figureLines().forEach(System.out::println);
    }

    @Test
    void seeds() {
        Score s = score(TestPipeline.seeds(), Path.of("src/test/resources/eval/seeds-gold.json"));
        print("seeds", s);
        // Issue 3's targets: recall 0.95, precision 0.90, fragmentation 1.05, facts 0.85 / 0.90.
        assertTrue(s.entityRecall().value() >= 1.00, "entity recall " + s.entityRecall());
        assertTrue(s.entityPrecision().value() >= 0.92, "entity precision " + s.entityPrecision());
        assertTrue(s.fragmentation().value() <= 1.00, "fragmentation " + s.fragmentation());
        assertTrue(s.factPrecision().value() >= 1.00, "fact precision " + s.factPrecision());
        assertTrue(s.factRecall().value() >= 0.96, "fact recall " + s.factRecall());
    }

    @Test
    void developmentSet() {
        try (KgStore store = KgStore.open(StoreSpec.memory())) {
            KgBuild.create().articles(List.of(Path.of("src/test/resources/devset/articles")))
                    .annotator(TestPipeline::annotator).runInto(store);
            Score s = score(store, Path.of("src/test/resources/devset/gold.json"));
            print("development set", s);
            assertTrue(s.entityRecall().value() >= 0.92, "entity recall " + s.entityRecall());
            assertTrue(s.entityPrecision().value() >= 0.93, "entity precision " + s.entityPrecision());
            assertTrue(s.fragmentation().value() <= 1.016, "fragmentation " + s.fragmentation());
            assertTrue(s.factPrecision().value() >= 1.00, "fact precision " + s.factPrecision());
            assertTrue(s.factRecall().value() >= 0.76, "fact recall " + s.factRecall());
        }
    }

    private static Score build(String set) {
        try (KgStore store = KgStore.open(StoreSpec.memory())) {
            KgBuild.create().articles(List.of(Path.of("src/test/resources/" + set + "/articles")))
                    .annotator(TestPipeline::annotator).runInto(store);
            return score(store, Path.of("src/test/resources/" + set + "/gold.json"));
        }
    }

    /** The first held-out set, whose sentences were read while writing rules: a second development set. */
    @Test
    void tuningSet() {
        Score s = build("tuneset");
        print("tuning set", s);
        assertTrue(s.entityRecall().value() >= 0.91, "entity recall " + s.entityRecall());
        assertTrue(s.entityPrecision().value() >= 0.90, "entity precision " + s.entityPrecision());
        assertTrue(s.fragmentation().value() <= 1.031, "fragmentation " + s.fragmentation());
        assertTrue(s.factPrecision().value() >= 0.93, "fact precision " + s.factPrecision());
        assertTrue(s.factRecall().value() >= 0.65, "fact recall " + s.factRecall());
    }

    /**
     * The second held-out set, whose wrong triples were read while fixing TitleExtractor (see
     * tuneset2/SOURCES.md): a third development set.
     */
    @Test
    void secondTuningSet() {
        Score s = build("tuneset2");
        print("second tuning set", s);
        assertTrue(s.entityRecall().value() >= 0.88, "entity recall " + s.entityRecall());
        assertTrue(s.entityPrecision().value() >= 0.86, "entity precision " + s.entityPrecision());
        assertTrue(s.fragmentation().value() <= 1.032, "fragmentation " + s.fragmentation());
        assertTrue(s.factPrecision().value() >= 0.93, "fact precision " + s.factPrecision());
        assertTrue(s.factRecall().value() >= 0.60, "fact recall " + s.factRecall());
    }

    /** Articles never looked at while writing rules (see heldout/SOURCES.md): keep it so. */
    @Test
    void heldOutSet() {
        Score s = build("heldout");
        print("held-out set", s);
        assertTrue(s.entityRecall().value() >= 0.85, "entity recall " + s.entityRecall());
        assertTrue(s.entityPrecision().value() >= 0.88, "entity precision " + s.entityPrecision());
        assertTrue(s.fragmentation().value() <= 1.00, "fragmentation " + s.fragmentation());
        assertTrue(s.factPrecision().value() >= 1.00, "fact precision " + s.factPrecision());
        assertTrue(s.factRecall().value() >= 0.39, "fact recall " + s.factRecall());
    }
}
