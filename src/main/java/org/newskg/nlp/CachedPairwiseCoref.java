package org.newskg.nlp;

import static org.newskg.nlp.CoreNlpFields.field;

import edu.stanford.nlp.coref.CorefAlgorithm;
import edu.stanford.nlp.coref.CorefSystem;
import edu.stanford.nlp.coref.CorefUtils;
import edu.stanford.nlp.coref.data.Dictionaries.MentionType;
import edu.stanford.nlp.coref.data.Document;
import edu.stanford.nlp.coref.statistical.CompressedFeatureVector;
import edu.stanford.nlp.coref.statistical.Compressor;
import edu.stanford.nlp.coref.statistical.DocumentExamples;
import edu.stanford.nlp.coref.statistical.Example;
import edu.stanford.nlp.coref.statistical.FeatureExtractor;
import edu.stanford.nlp.coref.statistical.MetaFeatureExtractor;
import edu.stanford.nlp.coref.statistical.PairwiseModel;
import edu.stanford.nlp.coref.statistical.SimpleLinearClassifier;
import edu.stanford.nlp.coref.statistical.StatisticalCorefAlgorithm;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.CorefAnnotator;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import edu.stanford.nlp.util.Pair;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's statistical coreference ({@link StatisticalCorefAlgorithm}: the same features, model,
 * candidate pairs, thresholds and best-first linking), with each pair's score summed from parts that
 * are computed once per mention instead of once per pair.
 *
 * <p>Why: scoring the pairs was 40% of annotation time. For every pair CoreNLP builds about 400 feature
 * strings (each mention's features and the pair's, conjoined with the mentions' types) and looks each
 * up among the model's 688,630 weights. Most of those strings belong to one mention and one of a few
 * type labels ("_2_m=NOMINAL"), and recur in every pair the mention is in. Here a mention's weighted
 * sum for each such suffix is computed once per document, and the pair's own features' weights are
 * looked up once per feature and suffix. The score is the same sum of the same products; only the
 * order of the additions differs, so a score can differ from CoreNLP's in its last bits
 * ({@code CachedPairwiseCorefIT} compares the chains and the scores).
 *
 * <p>{@link #install} puts it in place of CoreNLP's algorithm in a pipeline's coref annotator (a
 * private final field: JDK 26 and later allow that with {@code --enable-final-field-mutation}, which
 * the launcher gives). Where CoreNLP's classes are not as expected (another version), or the JDK
 * refuses, the pipeline keeps CoreNLP's own.
 */
final class CachedPairwiseCoref implements CorefAlgorithm {
    private static final Logger LOG = LoggerFactory.getLogger(CachedPairwiseCoref.class);

    private final FeatureExtractor extractor;
    private final Counter<String> weights;
    private final SimpleLinearClassifier.Loss loss;
    private final int maxMentionDistance;
    private final int maxMentionDistanceWithStringMatch;
    private final Map<Pair<Boolean, Boolean>, Double> thresholds;
    /** CoreNLP's algorithm this one replaced, for {@link #uninstall}. */
    private final StatisticalCorefAlgorithm original;

    private CachedPairwiseCoref(StatisticalCorefAlgorithm original, FeatureExtractor extractor, Counter<String> weights, SimpleLinearClassifier.Loss loss,
            int maxMentionDistance, int maxMentionDistanceWithStringMatch, Map<Pair<Boolean, Boolean>, Double> thresholds) {
        this.extractor = extractor;
        this.weights = weights;
        this.loss = loss;
        this.maxMentionDistance = maxMentionDistance;
        this.maxMentionDistanceWithStringMatch = maxMentionDistanceWithStringMatch;
        this.thresholds = thresholds;
        this.original = original;
    }

    /**
     * Puts this algorithm in place of CoreNLP's statistical one in {@code pipeline}'s coref annotator.
     * CoreNLP keeps its parts private, so they are read (and the algorithm replaced) by reflection.
     * Returns whether it is in place; false leaves the pipeline as CoreNLP made it.
     */
    static boolean install(AnnotationPipeline pipeline) {
        try {
            boolean installed = false;
            for (CorefSystem system : corefSystems(pipeline)) {
                installed |= install(system);
            }
            return installed;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("keeping CoreNLP's own coreference scoring: {}", e.toString());
            return false;
        }
    }

    /** The coreference systems of {@code pipeline}'s coref annotators (CoreNLP keeps both fields private). */
    private static List<CorefSystem> corefSystems(AnnotationPipeline pipeline) throws ReflectiveOperationException {
        List<CorefSystem> systems = new ArrayList<>();
        for (Object a : CoreNlpFields.annotators(pipeline)) {
            if (a instanceof CorefAnnotator coref) {
                systems.add((CorefSystem) field(CorefAnnotator.class, "corefSystem").get(coref));
            }
        }
        return systems;
    }

    @SuppressWarnings("unchecked")
    private static synchronized boolean install(CorefSystem system) throws ReflectiveOperationException {
        Field algorithm = field(CorefSystem.class, "corefAlgorithm");
        Object current = algorithm.get(system);
        if (current instanceof CachedPairwiseCoref) {
            return true;    // CoreNLP's annotator cache gave this annotator to another pipeline before
        }
        if (!(current instanceof StatisticalCorefAlgorithm statistical)) {
            return false;
        }
        PairwiseModel model = (PairwiseModel) field(StatisticalCorefAlgorithm.class, "classifier").get(statistical);
        MetaFeatureExtractor meta = (MetaFeatureExtractor) field(PairwiseModel.class, "meta").get(model);
        // The conjunctions summed below are those of CoreNLP's default meta-feature extractor, the one
        // its statistical algorithm uses.
        if (!meta.toString().equals(MetaFeatureExtractor.newBuilder().build().toString())) {
            return false;
        }
        Counter<String> weights = (Counter<String>) field(SimpleLinearClassifier.class, "weights").get(model.getClassifier());
        SimpleLinearClassifier.Loss loss = (SimpleLinearClassifier.Loss) field(SimpleLinearClassifier.class, "defaultLoss")
                .get(model.getClassifier());
        CachedPairwiseCoref cached = new CachedPairwiseCoref(statistical,
                (FeatureExtractor) field(StatisticalCorefAlgorithm.class, "extractor").get(statistical), weights, loss,
                field(StatisticalCorefAlgorithm.class, "maxMentionDistance").getInt(statistical),
                field(StatisticalCorefAlgorithm.class, "maxMentionDistanceWithStringMatch").getInt(statistical),
                (Map<Pair<Boolean, Boolean>, Double>) field(StatisticalCorefAlgorithm.class, "thresholds").get(statistical));
        algorithm.set(system, cached);
        return true;
    }

    /** Gives {@code pipeline}'s coref annotator CoreNLP's own algorithm back (for comparing the two). */
    static synchronized void uninstall(AnnotationPipeline pipeline) throws ReflectiveOperationException {
        Field algorithm = field(CorefSystem.class, "corefAlgorithm");
        for (CorefSystem system : corefSystems(pipeline)) {
            if (algorithm.get(system) instanceof CachedPairwiseCoref cached) {
                algorithm.set(system, cached.original);
            }
        }
    }


    /** As {@link StatisticalCorefAlgorithm#runCoref}: the same candidate pairs, sort and merges. */
    @Override
    public void runCoref(Document document) {
        checkInterrupt();
        Map<Pair<Integer, Integer>, Boolean> pairs = new HashMap<>();
        for (Map.Entry<Integer, List<Integer>> e : CorefUtils.heuristicFilter(CorefUtils.getSortedMentions(document),
                maxMentionDistance, maxMentionDistanceWithStringMatch).entrySet()) {
            for (int m1 : e.getValue()) {
                pairs.put(new Pair<>(m1, e.getKey()), true);
            }
        }
        Compressor<String> compressor = new Compressor<>();
        DocumentExamples examples = extractor.extract(0, document, pairs, compressor);
        Scoring scoring = new Scoring(examples.mentionFeatures, compressor);
        Counter<Pair<Integer, Integer>> pairwiseScores = new ClassicCounter<>();
        for (Example pair : examples.examples) {
            checkInterrupt();
            pairwiseScores.incrementCount(new Pair<>(pair.mentionId1, pair.mentionId2), scoring.score(pair));
        }

        List<Pair<Integer, Integer>> mentionPairs = new ArrayList<>(pairwiseScores.keySet());
        mentionPairs.sort((p1, p2) -> {
            double diff = pairwiseScores.getCount(p2) - pairwiseScores.getCount(p1);
            return diff == 0 ? 0 : (int) Math.signum(diff);
        });
        Set<Integer> seenAnaphors = new HashSet<>();
        for (Pair<Integer, Integer> pair : mentionPairs) {
            if (!seenAnaphors.add(pair.second)) {
                continue;
            }
            checkInterrupt();
            MentionType mt1 = document.predictedMentionsByID.get(pair.first).mentionType;
            MentionType mt2 = document.predictedMentionsByID.get(pair.second).mentionType;
            if (pairwiseScores.getCount(pair) > thresholds.get(new Pair<>(mt1 == MentionType.PRONOMINAL,
                    mt2 == MentionType.PRONOMINAL))) {
                CorefUtils.mergeCoreferenceClusters(pair, document);
            }
        }
    }

    private static void checkInterrupt() {
        if (Thread.interrupted()) {
            throw new RuntimeInterruptedException();
        }
    }

    /** One document's scores, with what its mentions and features share cached. */
    private final class Scoring {
        private final Map<Integer, CompressedFeatureVector> mentionFeatures;
        private final Compressor<String> compressor;
        private final Map<Integer, MentionTerms> mentions = new HashMap<>();
        /** The pair features' weights conjoined with each suffix ("_m1=NOMINAL"), by suffix. */
        private final Map<String, Conjoined> conjoined = new HashMap<>();

        Scoring(Map<Integer, CompressedFeatureVector> mentionFeatures, Compressor<String> compressor) {
            this.mentionFeatures = mentionFeatures;
            this.compressor = compressor;
        }

        /**
         * The model's score of a pair: the sum, over CoreNLP's meta-features (the pair's features alone
         * and conjoined with each mention's identifier and both; each mention's features with its index,
         * its identifier, and both identifiers), of weight times value.
         */
        double score(Example pair) {
            MentionTerms m1 = mention(pair.mentionId1, pair.mentionType1);
            MentionTerms m2 = mention(pair.mentionId2, pair.mentionType2);
            String both = m1.id + "_" + m2.id;
            Conjoined first = conjoined("_m1=" + m1.id);
            Conjoined last = conjoined("_m2=" + m2.id);
            Conjoined ms = conjoined("_ms=" + both);
            double sum = 0;
            for (Map.Entry<String, Double> f : compressor.uncompress(pair.pairwiseFeatures).entrySet()) {
                String key = f.getKey();
                double value = f.getValue();
                sum += value * weights.getCount(key);
                sum += value * first.weight(key);
                sum += value * last.weight(key);
                sum += value * ms.weight(key);
            }
            sum += m1.sum("_1");
            sum += m2.sum("_2");
            sum += m1.sum("_1_m=" + m1.id);
            sum += m2.sum("_2_m=" + m2.id);
            sum += m1.sum("_1_ms=" + both);
            sum += m2.sum("_2_ms=" + both);
            return loss.predict(sum);
        }

        private Conjoined conjoined(String suffix) {
            return conjoined.computeIfAbsent(suffix, Conjoined::new);
        }

        private MentionTerms mention(int id, MentionType type) {
            return mentions.computeIfAbsent(id, k -> new MentionTerms(compressor.uncompress(mentionFeatures.get(k)), type));
        }
    }

    /** A mention's features, its identifier in conjunctions, and its weighted sum for each suffix. */
    private final class MentionTerms {
        final String id;
        private final String[] keys;
        private final double[] values;
        private final Map<String, Double> sums = new HashMap<>();

        MentionTerms(Counter<String> features, MentionType type) {
            keys = new String[features.size()];
            values = new double[keys.length];
            int i = 0;
            for (Map.Entry<String, Double> e : features.entrySet()) {
                keys[i] = e.getKey();
                values[i++] = e.getValue();
            }
            id = identifier(features, type);
        }

        /** As CoreNLP's meta-features name a mention: a pronoun by its head word, a name by its entity type. */
        private static String identifier(Counter<String> features, MentionType type) {
            String prefix = type == MentionType.PRONOMINAL ? "head-word=" : type == MentionType.PROPER ? "head-ne-type=" : null;
            if (prefix != null) {
                for (String f : features.keySet()) {
                    if (f.startsWith(prefix)) {
                        String value = f.replace(prefix, "");
                        return type == MentionType.PROPER ? type + "_" + value : value;
                    }
                }
            }
            return type.toString();
        }

        double sum(String suffix) {
            return sums.computeIfAbsent(suffix, sfx -> {
                double total = 0;
                for (int i = 0; i < keys.length; i++) {
                    total += values[i] * weights.getCount(keys[i] + sfx);
                }
                return total;
            });
        }
    }

    /** The weights of features conjoined with one suffix, each looked up once. */
    private final class Conjoined {
        private final String suffix;
        private final Map<String, Double> byFeature = new HashMap<>();

        Conjoined(String suffix) {
            this.suffix = suffix;
        }

        double weight(String feature) {
            return byFeature.computeIfAbsent(feature, f -> weights.getCount(f + suffix));
        }
    }
}
