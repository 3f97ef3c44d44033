package org.newskg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newskg.build.KgBuild;
import org.newskg.eval.GoldFile;
import org.newskg.eval.Score;
import org.newskg.eval.Scorer;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.nlp.NlpConfig;
import org.newskg.store.KgStore;
import org.newskg.store.StoreSpec;

/**
 * {@code bench/ablation}: which parts of the CoreNLP pipeline pay for themselves. Builds each evaluation
 * set (in memory, one thread, no cache) with one variant of {@link NlpConfig#defaults()} and prints the
 * model loading and annotation times (wall and the process's CPU time, which another busy process on
 * the machine disturbs less), CoreNLP's time per annotator, and the eval figures against each gold
 * file. One variant per JVM, so that each loads its models from cold.
 *
 * <pre>java -cp ... org.newskg.bench.Ablation VARIANT ARTICLES GOLD [ARTICLES GOLD ...]</pre>
 */
public final class Ablation {
    private Ablation() {}

    /** CoreNLP's default NER models, the three CRF classifiers that {@code ner} combines. */
    private static final String THREE_CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    private static final String SEVEN_CLASS = "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";
    private static final String FOUR_CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    /**
     * The variants: what NewsKG runs, CoreNLP's defaults where NewsKG does less (all three NER models;
     * coreference antecedents 50 mentions back, 500 when the strings match), and each optional part
     * left out or cut further.
     */
    static Map<String, NlpConfig> variants() {
        NlpConfig full = NlpConfig.defaults();
        Map<String, NlpConfig> v = new LinkedHashMap<>();
        v.put("full", full);
        Map<String, String> corenlp = new LinkedHashMap<>(full.settings());
        corenlp.keySet().removeAll(NlpConfig.SPEED_SETTINGS);
        v.put("corenlp-defaults", new NlpConfig(full.annotators(), corenlp));
        v.put("all-ner-models", new NlpConfig(full.annotators(), with(without(full.settings(), "ner.model"), "ner.model",
                THREE_CLASS + "," + SEVEN_CLASS + "," + FOUR_CLASS)));
        v.put("coref-far", new NlpConfig(full.annotators(), without(full.settings(), "coref.maxMentionDistance")));
        v.put("coref-nearer", new NlpConfig(full.annotators(), with(with(full.settings(), "coref.maxMentionDistance", "10"),
                "coref.maxMentionDistanceWithStringMatch", "50")));
        v.put("no-coref", new NlpConfig(full.annotators().stream().filter(a -> !a.equals("coref")).toList(),
                without(full.settings(), "coref.")));
        v.put("no-fine-grained-ner", new NlpConfig(full.annotators(), with(full.settings(), "ner.applyFineGrained", "false")));
        v.put("no-sutime", new NlpConfig(full.annotators(), with(full.settings(), "ner.useSUTime", "false")));
        // NewsKG's pipeline loaded with CoreNLP's whole word lists, not cut to the articles' words
        // (CoreNlpAnnotator.load, not loadFor): the same annotations, loaded later.
        v.put("whole-lists", full);
        return v;
    }

    private static Map<String, String> without(Map<String, String> s, String prefix) {
        Map<String, String> m = new LinkedHashMap<>(s);
        m.keySet().removeIf(k -> k.startsWith(prefix));
        return m;
    }

    private static Map<String, String> with(Map<String, String> s, String key, String value) {
        Map<String, String> m = new LinkedHashMap<>(s);
        m.put(key, value);
        return m;
    }

    public static void main(String[] args) throws java.io.IOException {
        if (args.length < 3 || args.length % 2 == 0 || !variants().containsKey(args[0])) {
            System.err.println("usage: Ablation " + String.join("|", variants().keySet()) + " ARTICLES GOLD [ARTICLES GOLD ...]");
            System.exit(2);
        }
        NlpConfig config = variants().get(args[0]);
        List<Path> sets = new ArrayList<>();
        for (int i = 1; i < args.length; i += 2) {
            sets.add(Path.of(args[i]));
        }
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        com.sun.management.OperatingSystemMXBean cpu = (com.sun.management.OperatingSystemMXBean) os;
        long t0 = System.nanoTime();
        long c0 = cpu.getProcessCpuTime();
        // As a build loads them: for the articles it annotates (all of them here), but "whole-lists".
        CoreNlpAnnotator nlp = args[0].equals("whole-lists") ? CoreNlpAnnotator.load(config)
                : CoreNlpAnnotator.loadFor(config, new org.newskg.ingest.ArticleReader(org.newskg.ingest.ArticleReader.DEFAULT_MAX_BYTES)
                        .read(sets).documents());
        double models = (System.nanoTime() - t0) / 1e9;
        double modelsCpu = (cpu.getProcessCpuTime() - c0) / 1e9;
        List<String> lines = new ArrayList<>();
        double annotate = 0;
        double annotateCpu = 0;
        int facts = 0;
        int factsOf = 0;
        int relations = 0;
        int relationsOf = 0;
        int wrong = 0;
        for (int i = 1; i < args.length; i += 2) {
            try (KgStore store = KgStore.open(StoreSpec.memory())) {
                long t1 = System.nanoTime();
                long c1 = cpu.getProcessCpuTime();
                KgBuild.create().articles(List.of(Path.of(args[i]))).threads(1).annotator(() -> nlp).runInto(store);
                annotate += (System.nanoTime() - t1) / 1e9;
                annotateCpu += (cpu.getProcessCpuTime() - c1) / 1e9;
                GoldFile gold = GoldFile.read(Path.of(args[i + 1]));
                Score s = store.read(ds -> Scorer.score(ds.getUnionModel(), gold));
                facts += s.factRecall().numerator();
                factsOf += s.factRecall().denominator();
                relations += s.relationRecall().numerator();
                relationsOf += s.relationRecall().denominator();
                wrong += s.factPrecision().denominator() - s.factPrecision().numerator();
                lines.add(String.format(Locale.ROOT, "%-10s entities R %s P %s  fragmentation %s  facts R %s P %s  relations R %s",
                        setName(Path.of(args[i])), s.entityRecall(), s.entityPrecision(), s.fragmentation(), s.factRecall(), s.factPrecision(),
                        s.relationRecall()));
            }
        }
        System.out.printf(Locale.ROOT, "variant %s: models %.1f s (cpu %.1f s), build %.1f s (cpu %.1f s); facts %d/%d, relations %d/%d, wrong %d%n",
                args[0], models, modelsCpu, annotate, annotateCpu, facts, factsOf, relations, relationsOf, wrong);
        lines.forEach(l -> System.out.println("  " + l));
        nlp.timing().lines().forEach(l -> System.out.println("  " + l.strip()));
    }

    /** A set's name: its folder's, or its parent's when the folder is called "articles". */
    private static String setName(Path articles) {
        Path p = articles.toAbsolutePath().normalize();
        String name = p.getFileName().toString();
        return name.equals("articles") && p.getParent() != null ? p.getParent().getFileName().toString() : name;
    }
}
