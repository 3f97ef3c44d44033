package org.newskg.nlp;

import static org.newskg.nlp.CoreNlpFields.field;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;

/**
 * The dependency parser's pre-computed hidden-layer products, computed here rather than by CoreNLP's
 * classifier, and the same to the last bit.
 *
 * <p>A product is a word's (or tag's) embedding at one feature position times that position's slice of
 * the first weight matrix: one sum of {@code embeddingSize} terms for each hidden unit. CoreNLP adds up
 * one unit's terms, then the next unit's, each addition waiting for the one before: its pre-computation
 * is a good part of the parser's load, on the load's longest path. Here the loops are swapped, so the
 * sums of all hidden units grow side by side: each sum still adds the same terms (each a {@code float}
 * product, widened), in the same order, from 0.0; Java neither reorders nor fuses floating-point
 * operations, so each product is the same {@code double}.
 *
 * <p>The parser is loaded from a model whose list of pre-computed ids is empty ({@link DepparseModel}),
 * then {@link #fill} gives its classifier the ids and their products. CoreNLP keeps both private, so
 * they are set by reflection; {@link #possible} says beforehand whether that can be done.
 */
final class DepparseProducts {
    private DepparseProducts() {}

    /** Whether {@link #fill} can reach CoreNLP's parser here (its classes as expected, the JDK allowing). */
    static boolean possible() {
        try {
            field(AnnotationPipeline.class, "annotators");
            field(DependencyParseAnnotator.class, "parser");
            field(DependencyParser.class, "classifier");
            Field preMap = field(Classifier.class, "preMap");
            Field saved = field(Classifier.class, "saved");
            return Map.class.isAssignableFrom(preMap.getType()) && saved.getType() == double[][].class
                    && !Modifier.isFinal(saved.getModifiers());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Gives the dependency parser of {@code pipeline}, loaded with no pre-computed ids, the pre-computed
     * {@code ids} (feature ids, in the model's order) and their products, as CoreNLP's classifier would
     * have made them from a model listing these ids. Returns the number of products.
     *
     * @throws IllegalStateException when the pipeline has no such parser, or CoreNLP's classes are not as expected
     */
    static int fill(AnnotationPipeline pipeline, int[] ids, int numTokens) {
        try {
            for (Object a : CoreNlpFields.annotators(pipeline)) {
                if (a instanceof DependencyParseAnnotator annotator) {
                    DependencyParser parser = (DependencyParser) field(DependencyParseAnnotator.class, "parser").get(annotator);
                    return fill((Classifier) field(DependencyParser.class, "classifier").get(parser), ids, numTokens);
                }
            }
            throw new IllegalStateException("the pipeline has no dependency parser");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot reach CoreNLP's dependency parser: " + e, e);
        }
    }

    /** As {@link #fill(AnnotationPipeline, int[], int)}, on the parser's classifier itself. */
    @SuppressWarnings("unchecked")
    static synchronized int fill(Classifier classifier, int[] ids, int numTokens) throws ReflectiveOperationException {
        Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(classifier);
        if (!preMap.isEmpty()) {
            throw new IllegalStateException("the parser has pre-computed products already (" + preMap.size() + ")");
        }
        for (int i = 0; i < ids.length; i++) {
            if (preMap.put(ids[i], i) != null) {
                preMap.clear();
                throw new IllegalStateException("the parser's model lists pre-computed id " + ids[i] + " twice");
            }
        }
        field(Classifier.class, "saved").set(classifier, products(classifier.getW1(), classifier.getE(), numTokens, preMap));
        return preMap.size();
    }

    /**
     * The products of {@code preMap}'s ids, in the rows it maps them to: what CoreNLP's
     * {@code Classifier.preCompute()} computes, in the same arithmetic.
     */
    static double[][] products(float[][] w1, float[][] embeddings, int numTokens, Map<Integer, Integer> preMap) {
        int hidden = w1.length;
        int embeddingSize = embeddings[0].length;
        // w1's columns as rows: the weights of one embedding dimension at one position, for every hidden unit.
        float[][] columns = new float[w1[0].length][hidden];
        for (int i = 0; i < hidden; i++) {
            for (int c = 0; c < columns.length; c++) {
                columns[c][i] = w1[i][c];
            }
        }
        double[][] saved = new double[preMap.size()][hidden];
        for (Map.Entry<Integer, Integer> e : preMap.entrySet()) {
            int id = e.getKey();
            addProduct(saved[e.getValue()], columns, embeddings[id / numTokens], (id % numTokens) * embeddingSize);
        }
        return saved;
    }

    /** Adds to {@code sum} the product of {@code embedding} and the weights' columns from {@code offset} on. */
    private static void addProduct(double[] sum, float[][] columns, float[] embedding, int offset) {
        for (int k = 0; k < embedding.length; k++) {
            float x = embedding[k];
            float[] column = columns[offset + k];
            for (int i = 0; i < sum.length; i++) {
                sum[i] += column[i] * x;
            }
        }
    }

    /**
     * Has the JIT compile {@link #addProduct} early. Run once, it would start in the interpreter while
     * the models' load keeps the compilers busy, and take a second where compiled code takes a tenth.
     */
    static void warmUp() {
        float[][] columns = new float[4][8];
        double[] sum = new double[8];
        float[] embedding = {0.5f, 0.25f};
        for (int n = 0; n < 20_000; n++) {
            addProduct(sum, columns, embedding, n & 1);
        }
    }

}
