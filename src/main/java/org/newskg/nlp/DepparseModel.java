package org.newskg.nlp;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The neural dependency parser's model with its word embeddings cut to the words some texts can have.
 * The model is a text file; most of its load is parsing 3.9 million numbers of embeddings for 77,207
 * words, and the parser looks a word up by its exact form, so an embedding whose word is no token of
 * the texts is never read. Everything else is kept as it is: the part-of-speech and label embeddings,
 * the weights, and the pre-computed hidden-layer products of the words kept, which are the same ones
 * the whole model pre-computes (the first {@code depparse.numPreComputed} of its list, renumbered), so
 * the parser computes every score as before, in the same order.
 *
 * <p>The cut can leave the pre-computed ids out of the file and hand them over instead, for {@link
 * DepparseProducts} to compute their products faster than the parser's load would.
 */
final class DepparseModel {
    static final String KEY = "depparse.model";

    /**
     * A cut model: its file, and the ids whose products the parser pre-computes (renumbered, in the
     * model's order), which the file lists unless {@code deferred}; {@code numTokens} features make one
     * parser state.
     */
    record Cut(Path file, int[] preComputed, boolean deferred, int numTokens) {}

    private DepparseModel() {}

    /** Whether a pipeline with {@code props} parses with CoreNLP's own model. */
    static boolean applies(Properties props) {
        return ("," + props.getProperty("annotators", "").replace(" ", "") + ",").contains(",depparse,") && props.getProperty(KEY) == null;
    }

    /**
     * Writes CoreNLP's model cut for {@code vocabulary} to a new file in {@code folder}; with {@code
     * deferProducts}, with no pre-computed ids (the parser then pre-computes nothing).
     */
    static Cut cut(Properties props, TokenVocabulary vocabulary, Path folder, boolean deferProducts) {
        return cut(DependencyParser.DEFAULT_MODEL, props, vocabulary, folder, deferProducts);
    }

    /** As {@link #cut(Properties, TokenVocabulary, Path, boolean)}, for {@code model} (a path or class path resource). */
    static Cut cut(String model, Properties props, TokenVocabulary vocabulary, Path folder, boolean deferProducts) {
        int numPreComputed = Integer.parseInt(props.getProperty("depparse.numPreComputed",
                String.valueOf(new Config(new Properties()).numPreComputed)));
        try (BufferedReader in = IOUtils.readerFromString(model)) {
            List<String> header = new ArrayList<>();
            java.util.Map<String, Integer> sizes = new java.util.HashMap<>();
            String line;
            while ((line = in.readLine()) != null) {
                header.add(line);
                int eq = line.indexOf('=');
                if (eq > 0 && line.substring(0, eq).matches("dict|pos|label|embeddingSize|hiddenSize|numTokens|preComputed")) {
                    sizes.put(line.substring(0, eq), Integer.parseInt(line.substring(eq + 1).trim()));
                }
                if (line.startsWith("preComputed=")) {
                    break;
                }
            }
            int nDict = sizes.get("dict");
            int nTokens = sizes.get("numTokens");
            List<String> words = new ArrayList<>();
            int[] renumbered = new int[nDict];
            for (int k = 0; k < nDict; k++) {
                line = in.readLine();
                int space = line.indexOf(' ');
                String word = space < 0 ? line : line.substring(0, space);
                if (word.equals(Config.UNKNOWN) || word.equals(Config.NULL) || word.equals(Config.ROOT) || vocabulary.mayHold(word)) {
                    renumbered[k] = words.size();
                    words.add(line);
                } else {
                    renumbered[k] = -1;
                }
            }
            int rest = sizes.get("pos") + sizes.get("label") + sizes.get("embeddingSize") * nTokens + 1 + sizes.get("hiddenSize");
            List<String> middle = new ArrayList<>(rest);
            for (int k = 0; k < rest; k++) {
                middle.add(in.readLine());
            }
            List<Integer> preComputed = new ArrayList<>();
            int nPre = Math.min(sizes.get("preComputed"), numPreComputed);
            int read = 0;
            while (read < nPre && (line = in.readLine()) != null) {
                for (String id : line.split(" ")) {
                    if (read++ >= nPre) {
                        break;
                    }
                    int x = Integer.parseInt(id);
                    int tok = x / nTokens;
                    int to = tok < nDict ? renumbered[tok] : tok - nDict + words.size();
                    if (to >= 0) {
                        preComputed.add(to * nTokens + x % nTokens);
                    }
                }
            }
            Path file = Files.createTempFile(folder, "depparse-", ".txt");
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (String h : header) {
                    out.write(h.startsWith("dict=") ? "dict=" + words.size()
                            : h.startsWith("preComputed=") ? "preComputed=" + (deferProducts ? 0 : preComputed.size()) : h);
                    out.write('\n');
                }
                for (String w : words) {
                    out.write(w);
                    out.write('\n');
                }
                for (String m : middle) {
                    out.write(m);
                    out.write('\n');
                }
                for (int i = 0; i < preComputed.size() && !deferProducts; i++) {
                    out.write(String.valueOf(preComputed.get(i)));
                    out.write((i + 1) % 100 == 0 || i == preComputed.size() - 1 ? '\n' : ' ');
                }
            }
            return new Cut(file, preComputed.stream().mapToInt(Integer::intValue).toArray(), deferProducts, nTokens);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cut the dependency parser's model into " + folder, e);
        }
    }
}
