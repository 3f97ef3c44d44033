package org.newskg.bench;

import java.util.Map;
import java.util.TreeMap;
import org.newskg.nlp.NlpConfig;

/**
 * Prints the command-line arguments that make CoreNLP's own command line
 * ({@code edu.stanford.nlp.pipeline.StanfordCoreNLP}) run NewsKG's pipeline ({@link NlpConfig#defaults()})
 * at CoreNLP's defaults: the same annotators and the settings that decide what they do, without
 * {@link NlpConfig#SPEED_SETTINGS} (NewsKG's cuts, which the benchmark measures against it), one a
 * line, for bench/run. With {@code --newskg}: exactly NewsKG's settings, cuts included.
 */
public final class PipelineArgs {
    private PipelineArgs() {}

    public static void main(String[] args) {
        NlpConfig c = NlpConfig.defaults();
        System.out.println("-annotators");
        System.out.println(String.join(",", c.annotators()));
        boolean exact = args.length > 0 && args[0].equals("--newskg");
        for (Map.Entry<String, String> e : new TreeMap<>(c.settings()).entrySet()) {
            if (!exact && NlpConfig.SPEED_SETTINGS.contains(e.getKey())) {
                continue;
            }
            System.out.println("-" + e.getKey());
            System.out.println(e.getValue());
        }
    }
}
