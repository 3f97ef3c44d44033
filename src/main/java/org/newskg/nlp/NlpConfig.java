package org.newskg.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Which CoreNLP annotators run, and their settings. {@link #fingerprint()} names the configuration,
 * so that cached annotations made under another one are never reused.
 *
 * @param annotators CoreNLP annotator names, in pipeline order
 * @param settings   other CoreNLP properties (annotator-namespaced keys, e.g. {@code coref.algorithm})
 */
public record NlpConfig(List<String> annotators, Map<String, String> settings) {
    public NlpConfig {
        annotators = List.copyOf(annotators);
        settings = Map.copyOf(settings);
    }

    /**
     * The pipeline NewsKG uses. Why each part:
     * <ul>
     * <li>ner: people, organizations, places, and with its fine-grained rules countries, cities,
     *     titles, nationalities; SUTime (inside ner) normalizes dates against the document date. Of
     *     CoreNLP's three CRF models only the 3-class one (person, organization, location): the 4- and
     *     7-class ones changed no figure of any evaluation set (bench/ablation);</li>
     * <li>depparse: the dependency trees the relation rules match; the constituency {@code parse}
     *     is left out: 20 times slower and not needed;</li>
     * <li>coref (statistical, on dependencies): "she", "the prime minister" and "Ms. X" resolve to X.
     *     Neural coref and dcoref would need {@code parse}. Antecedents are looked for 20 mentions back
     *     (100 when the strings match) instead of 50 (500): a third less coreference time, no figure
     *     changed (docs/PERFORMANCE.md).</li>
     * </ul>
     * Newlines end sentences: a headline or a photo caption has no final full stop.
     */
    /**
     * The settings of {@link #defaults()} that only make CoreNLP do less than its own defaults (fewer
     * NER models, nearer coreference antecedents), each kept because no evaluation set's figures
     * changed: the benchmark's anchor, CoreNLP's own command line, runs without them.
     */
    public static final java.util.Set<String> SPEED_SETTINGS = java.util.Set.of("ner.model", "coref.maxMentionDistance",
            "coref.maxMentionDistanceWithStringMatch");

    public static NlpConfig defaults() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("ssplit.newlineIsSentenceBreak", "always");
        s.put("ner.applyFineGrained", "true");
        s.put("ner.useSUTime", "true");
        s.put("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        s.put("coref.algorithm", "statistical");
        s.put("coref.md.type", "dependency");
        s.put("coref.maxMentionDistance", "20");
        s.put("coref.maxMentionDistanceWithStringMatch", "100");
        s.put("depparse.maxlen", "120");
        return new NlpConfig(List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse", "coref"), s);
    }

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", String.join(",", annotators));
        settings.forEach(p::setProperty);
        return p;
    }

    /**
     * A short stable string that changes whenever the configuration or the CoreNLP version does: the
     * first 16 hex digits of the SHA-256 of {@link #describe()}.
     */
    public String fingerprint() {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(describe().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** What the fingerprint covers, one line each: CoreNLP's version, the annotators, the sorted settings. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append("corenlp=").append(coreNlpVersion()).append('\n');
        b.append("annotators=").append(String.join(",", annotators)).append('\n');
        new TreeMap<>(settings).forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        return b.toString();
    }

    /**
     * The version of the CoreNLP jar on the classpath, from its manifest; reading it loads no model
     * (only the class {@link Annotation}, which deserializing a cached annotation needs anyway).
     */
    public static String coreNlpVersion() {
        String v = Annotation.class.getPackage().getImplementationVersion();
        return v == null ? "unknown" : v;
    }
}
