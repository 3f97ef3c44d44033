package org.newskg.bench;

import java.util.Map;
import java.util.TreeMap;
import org.newskg.nlp.NlpConfig;

/**
 * Prints the command-line arguments that make CoreNLP's own command line
 * ({@code edu.stanford.nlp.pipeline.StanfordCoreNLP}) run exactly NewsKG's pipeline
 * ({@link NlpConfig#defaults()}), one a line, for bench/run to time it against {@code newskg build}.
 */
public final class PipelineArgs {
    private PipelineArgs() {}

    public static void main(String[] args) {
        NlpConfig c = NlpConfig.defaults();
        System.out.println("-annotators");
        System.out.println(String.join(",", c.annotators()));
        for (Map.Entry<String, String> e : new TreeMap<>(c.settings()).entrySet()) {
            System.out.println("-" + e.getKey());
            System.out.println(e.getValue());
        }
    }
}
