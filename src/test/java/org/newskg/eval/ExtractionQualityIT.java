package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.TestPipeline;
import org.newskg.build.KgBuild;
import org.newskg.store.KgStore;
import org.newskg.store.StoreSpec;

/**
 * Scores the graphs built from the seeds, the development set, the two tuning sets and the two
 * held-out sets against their gold files, and prints the figures. The second held-out set's articles
 * were never looked at while writing rules (the first's misses were read on December 6); the blind
 * sets outside this test (docs/EVALUATION.md) carry the honest estimate for unseen news. The floors
 * are the figures measured when they were last raised (December 6, after the predicate frames): a
 * change that lowers one fails here. The targets of issue 3 (fact recall 0.85 on the seeds) are
 * above them.
 */
class ExtractionQualityIT {
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
        assertEquals(0, s.statementsAsFacts().numerator(), "seeds: denied, planned or supposed statements stated as facts");
    }

    @Test
    void developmentSet() {
        check("development set", build("devset"), new Floors(0.92, 0.94, 1.016, 1.00, 0.87));
    }

    /** The lowest figures a set may score (fragmentation: the highest), as last measured. */
    private record Floors(double entityRecall, double entityPrecision, double fragmentation, double factPrecision,
                          double factRecall) {}

    private static void check(String set, Score s, Floors f) {
        print(set, s);
        assertTrue(s.entityRecall().value() >= f.entityRecall(), set + ": entity recall " + s.entityRecall());
        assertTrue(s.entityPrecision().value() >= f.entityPrecision(), set + ": entity precision " + s.entityPrecision());
        assertTrue(s.fragmentation().value() <= f.fragmentation(), set + ": fragmentation " + s.fragmentation());
        assertTrue(s.factPrecision().value() >= f.factPrecision(), set + ": fact precision " + s.factPrecision());
        assertTrue(s.factRecall().value() >= f.factRecall(), set + ": fact recall " + s.factRecall());
        assertEquals(0, s.statementsAsFacts().numerator(), set + ": denied, planned or supposed statements stated as facts");
    }

    private static Score build(String set) {
        try (KgStore store = KgStore.open(StoreSpec.memory())) {
            KgBuild.create().articles(List.of(Path.of("src/test/resources/" + set + "/articles")))
                    .cache(TestPipeline.evaluationCache()).annotator(TestPipeline::annotator).runInto(store);
            return score(store, Path.of("src/test/resources/" + set + "/gold.json"));
        }
    }

    /** The first held-out set, whose sentences were read while writing rules: a second development set. */
    @Test
    void tuningSet() {
        check("tuning set", build("tuneset"), new Floors(0.91, 0.90, 1.031, 1.00, 0.80));
    }

    /**
     * The second held-out set, whose wrong triples were read while fixing TitleExtractor (see
     * tuneset2/SOURCES.md): a third development set. Its entity precision floor is 0.859, not 0.86:
     * when the resolver stopped retyping gazetteer entities by NER votes, two nodes of one gold entity
     * became one (fragmentation 1.031 to 1.000), which takes one matched node from precision's
     * numerator and denominator alike (56/65 to 55/64). Its fact floors are 0.92 and 0.59: its gold
     * counted a planned trip ("will travel to ...") as a visit; as a plan it is no longer a fact to
     * find (recall 26/43 to 25/42) nor a right triple (precision 27/29 to 26/28). Against the corrected
     * gold the old extraction scored 25/42 and 26/29: it stated the plan as a fact. Hyphenated names
     * kept whole and organizations named with their nationality (December 6) took entities to 33/36 and
     * 56/62. Predicate frames (December 6, second session): facts 30/42 at precision 31/33.
     */
    @Test
    void secondTuningSet() {
        check("second tuning set", build("tuneset2"), new Floors(0.91, 0.90, 1.00, 0.93, 0.71));
    }

    /**
     * Articles never looked at while writing rules, but for one statement read when plans stopped
     * being facts (see heldout/SOURCES.md): its gold's planned trip is no fact to find, so fact recall
     * is 21/55 (0.382) where it was 22/56 with the trip. Since December 6 (hyphenated names whole,
     * organizations with their nationality): entities 36/41 and 41/44, facts 23/55. Its misses were
     * read on December 6 (second session) to fix titles owned by a country adjective or known to the
     * knowledge base: a development set since, facts 27/55. December 7: 37/55 (an official's title
     * without a country takes the article's own government's, from an office of few countries).
     */
    @Test
    void heldOutSet() {
        check("held-out set", build("heldout"), new Floors(0.87, 0.93, 1.00, 1.00, 0.69));
    }

    /**
     * Five more articles never looked at while writing rules (see heldout2/SOURCES.md), gold written
     * before NewsKG ran on them; only these summary figures have been read. Keep it so. Its
     * fragmentation went 1.024 to 1.000 on December 6 (the merged node takes one matched node from
     * entity precision, 47/53 to 46/52). Titles with long portfolios (December 6, third session) gave
     * it two facts and one wrong triple: fact precision 19/20 to 22/24.
     */
    @Test
    void secondHeldOutSet() {
        check("second held-out set", build("heldout2"), new Floors(0.85, 0.88, 1.00, 0.91, 0.38));
    }

    /**
     * Seven GOV.UK announcements (see govdev/SOURCES.md), a development set from the collection of the
     * blind sets 6 and 7: its misses are read to learn that kind of text, theirs never. First figures
     * (December 6, third session): entities 59/81, facts 10/33 at precision 13/18; after the changes
     * its misses led to, entities 62/81, facts 17/33 at 20/20. December 7 (portfolios before
     * "Secretary", an office's "of" phrase before its portfolio, a capitalized adjective that NER calls
     * a name): entities 63/81, facts 19/33 at 22/22. December 7, sixth session (the UK government's
     * bodies in the KB, "we" as the release's country): entities 68/81, facts 24/33 at 28/28.
     */
    @Test
    void govUkDevelopmentSet() {
        check("GOV.UK development set", build("govdev"), new Floors(0.82, 0.86, 1.035, 1.00, 0.70));
    }
}
