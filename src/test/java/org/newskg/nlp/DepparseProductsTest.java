package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link DepparseProducts}: the products it computes and puts in a classifier are those CoreNLP's own
 * {@code Classifier.preCompute()} makes, bit for bit, on weights of the English model's shape
 * (embeddings of 50, 200 hidden units, 48 features a state) drawn at random.
 */
class DepparseProductsTest {
    private static final int WORDS = 300;
    private static final int EMBEDDING = 50;
    private static final int HIDDEN = 200;
    private static final int TOKENS = 48;

    private final Random random = new Random(19);
    private final float[][] e = matrix(WORDS, EMBEDDING);
    private final float[][] w1 = matrix(HIDDEN, EMBEDDING * TOKENS);
    private final float[] b1 = matrix(1, HIDDEN)[0];
    private final float[][] w2 = matrix(5, HIDDEN);

    @Test
    void theProductsAreCoreNlpsToTheLastBit() throws Exception {
        List<Integer> ids = ids(2000);
        Classifier coreNlp = classifier(ids);
        coreNlp.preCompute();
        Classifier filled = classifier(List.of());
        assertEquals(ids.size(), DepparseProducts.fill(filled, ids.stream().mapToInt(Integer::intValue).toArray(), TOKENS));

        assertEquals(preMap(coreNlp), preMap(filled));
        double[][] expected = saved(coreNlp);
        double[][] actual = saved(filled);
        assertEquals(expected.length, actual.length);
        for (int row = 0; row < expected.length; row++) {
            assertArrayEquals(expected[row], actual[row], "row " + row);    // exact: no tolerance
        }
    }

    @Test
    void termsMultipliedInDoublePrecisionWouldGiveOtherProducts() throws Exception {
        // What the test above can tell apart: CoreNLP rounds each term to a float before adding it.
        List<Integer> ids = ids(200);
        Classifier coreNlp = classifier(ids);
        coreNlp.preCompute();
        double[][] expected = saved(coreNlp);
        int differ = 0;
        for (Map.Entry<Integer, Integer> m : preMap(coreNlp).entrySet()) {
            int offset = (m.getKey() % TOKENS) * EMBEDDING;
            float[] embedding = e[m.getKey() / TOKENS];
            for (int i = 0; i < HIDDEN; i++) {
                double sum = 0;
                for (int k = 0; k < EMBEDDING; k++) {
                    sum += (double) w1[i][offset + k] * embedding[k];
                }
                differ += sum == expected[m.getValue()][i] ? 0 : 1;
            }
        }
        assertTrue(differ > 1000, differ + " of 40000 differ");
    }

    @Test
    void aClassifierWithProductsAlreadyIsRefused() {
        Classifier coreNlp = classifier(ids(10));
        assertThrows(IllegalStateException.class, () -> DepparseProducts.fill(coreNlp, new int[] {1, 2}, TOKENS));
    }

    @Test
    void anIdListedTwiceIsRefused() {
        // CoreNLP's own pre-computation fails on such a list too (an index past its array).
        assertThrows(IllegalStateException.class, () -> DepparseProducts.fill(classifier(List.of()), new int[] {1, 2, 1}, TOKENS));
    }

    @Test
    void coreNlpsClassesAreAsExpected() {
        assertTrue(DepparseProducts.possible(), "the parser's fields DepparseProducts sets are there");
    }

    /** Distinct feature ids (word x position), in no order, as a model lists them. */
    private List<Integer> ids(int n) {
        java.util.LinkedHashSet<Integer> ids = new java.util.LinkedHashSet<>();
        while (ids.size() < n) {
            ids.add(random.nextInt(WORDS * TOKENS));
        }
        return new ArrayList<>(ids);
    }

    private Classifier classifier(List<Integer> preComputed) {
        Config config = new Config(new Properties());
        config.embeddingSize = EMBEDDING;
        config.hiddenSize = HIDDEN;
        return new Classifier(config, e, w1, b1, w2, preComputed);
    }

    private float[][] matrix(int rows, int columns) {
        float[][] m = new float[rows][columns];
        for (float[] row : m) {
            for (int c = 0; c < columns; c++) {
                row[c] = (float) random.nextGaussian() * 0.1f;
            }
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Map<Integer, Integer> preMap(Classifier c) throws ReflectiveOperationException {
        return (Map<Integer, Integer>) field("preMap").get(c);
    }

    private static double[][] saved(Classifier c) throws ReflectiveOperationException {
        return (double[][]) field("saved").get(c);
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field f = Classifier.class.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
