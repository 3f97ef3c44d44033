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
 * {@code bench/ablation}: which parts of the CoreNLP pipeline pay for themselves. Builds the seeds and
 * the development set (in memory, one thread, no cache) with one variant of {@link NlpConfig#defaults()}
 * and prints the model loading and annotation times, CoreNLP's time per annotator, and the eval figures
 * against both gold files. One variant per JVM, so that each loads its models from cold.
 *
 * <pre>java -cp ... org.newskg.bench.Ablation VARIANT SEEDS SEEDS_GOLD DEVSET DEVSET_GOLD</pre>
 */
public final class Ablation {
    private Ablation() {}

    /** The variants: what NewsKG runs, and each optional part left out. */
    static Map<String, NlpConfig> variants() {
        NlpConfig full = NlpConfig.defaults();
        Map<String, NlpConfig> v = new LinkedHashMap<>();
        v.put("full", full);
        v.put("no-coref", new NlpConfig(full.annotators().stream().filter(a -> !a.equals("coref")).toList(),
                without(full.settings(), "coref.")));
        v.put("no-fine-grained-ner", new NlpConfig(full.annotators(), with(full.settings(), "ner.applyFineGrained", "false")));
        v.put("no-sutime", new NlpConfig(full.annotators(), with(full.settings(), "ner.useSUTime", "false")));
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

    public static void main(String[] args) {
        if (args.length != 5 || !variants().containsKey(args[0])) {
            System.err.println("usage: Ablation " + String.join("|", variants().keySet()) + " SEEDS SEEDS_GOLD DEVSET DEVSET_GOLD");
            System.exit(2);
        }
        NlpConfig config = variants().get(args[0]);
        long t0 = System.nanoTime();
        CoreNlpAnnotator nlp = CoreNlpAnnotator.load(config);
        double models = (System.nanoTime() - t0) / 1e9;
        List<String> lines = new ArrayList<>();
        double annotate = 0;
        for (int i = 1; i < 5; i += 2) {
            try (KgStore store = KgStore.open(StoreSpec.memory())) {
                long t1 = System.nanoTime();
                KgBuild.create().articles(List.of(Path.of(args[i]))).threads(1).annotator(() -> nlp).runInto(store);
                annotate += (System.nanoTime() - t1) / 1e9;
                GoldFile gold = GoldFile.read(Path.of(args[i + 1]));
                Score s = store.read(ds -> Scorer.score(ds.getUnionModel(), gold));
                lines.add(String.format(Locale.ROOT, "%-8s entities R %s P %s  facts R %s P %s  relations R %s",
                        i == 1 ? "seeds" : "devset", s.entityRecall(), s.entityPrecision(), s.factRecall(),
                        s.factPrecision(), s.relationRecall()));
            }
        }
        System.out.printf(Locale.ROOT, "variant %s: models %.1f s, build %.1f s (annotators: %s)%n", args[0], models, annotate,
                String.join(",", config.annotators()));
        lines.forEach(l -> System.out.println("  " + l));
        nlp.timing().lines().forEach(l -> System.out.println("  " + l.strip()));
    }
}
