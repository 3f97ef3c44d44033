package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newskg.TestPipeline;
import org.newskg.build.BuildReport;
import org.newskg.build.KgBuild;
import org.newskg.rdf.GraphValidator;
import org.newskg.store.KgStore;
import org.newskg.store.StoreSpec;

/**
 * The graph of every evaluation set, of the benchmark corpus, and of all of them together conforms to
 * the shapes. Built with the real pipeline through an annotation cache kept under target/ (see
 * {@link TestPipeline#evaluationCache}), so only the first run on a machine annotates. Found by
 * building them together: two pieces of evidence shared one node, and a city that NER once took for a
 * person became a person.
 */
class EvaluationGraphsValidIT {
    private static final List<String> SETS = List.of("devset", "tuneset", "tuneset2", "heldout", "heldout2");
    private static final Path BENCH_CORPUS = Path.of("bench/corpus/state-dept");

    private static void conforms(String what, List<Path> articles, int atLeast) {
        try (KgStore store = KgStore.open(StoreSpec.memory())) {
            BuildReport r = KgBuild.create().articles(articles).threads(2).cache(TestPipeline.evaluationCache())
                    .annotator(TestPipeline::annotator).runInto(store);
            assertTrue(r.articles() >= atLeast, what + ": built " + r.articles() + " articles, expected at least " + atLeast);
            List<GraphValidator.Violation> v = store.read(ds -> GraphValidator.load().validate(ds.getUnionModel().getGraph()));
            System.out.println("== " + what + ": " + r.articles() + " articles, " + v.size() + " violations");
            assertEquals(List.of(), v, what);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyGraphConforms() {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("seeds", () -> conforms("seeds", List.of(Path.of("seeds")), 5)));
        for (String set : SETS) {
            Path p = Path.of("src/test/resources", set, "articles");
            tests.add(DynamicTest.dynamicTest(set, () -> conforms(set, List.of(p), 5)));
        }
        tests.add(DynamicTest.dynamicTest("bench/corpus", () -> conforms("bench/corpus", List.of(BENCH_CORPUS), 200)));
        List<Path> all = new ArrayList<>(List.of(Path.of("seeds"), BENCH_CORPUS));
        SETS.forEach(s -> all.add(Path.of("src/test/resources", s, "articles")));
        tests.add(DynamicTest.dynamicTest("all together", () -> conforms("all together", all, 230)));
        return tests.stream();
    }
}
