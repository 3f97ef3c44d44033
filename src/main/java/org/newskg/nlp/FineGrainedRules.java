package org.newskg.nlp;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.pipeline.DefaultPaths;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CoreNLP's caseless fine-grained NER rules cut to the lines that can match some given texts. The rules
 * ({@code regexner_caseless.tab}) are 581,864 lines, 533,182 of them cities of the world; building
 * their matcher is most of NER's model loading. A line whose pattern is plain words (letters, digits,
 * apostrophes, ampersands, hyphens: no regular expression) matches a token only when the token equals
 * a word of it up to case, so when some letter-and-digit run of a word is in none of the texts'
 * tokens ({@link TokenVocabulary}), the line cannot match anywhere in them and leaving it out changes
 * nothing. Every other line is kept, in the file's order (CoreNLP breaks ties by it).
 *
 * <p>One more thing the rules' lines decide: a label any line gives may overwrite what NER found
 * (TokensRegexNERAnnotator's "myLabels"). So for every label whose lines were all left out, its first
 * line is kept; it cannot match, and the set of labels stays CoreNLP's.
 */
final class FineGrainedRules {
    /** CoreNLP's fine-grained settings: per-file options, the caseless rules, the cased ones. */
    static final String DEFAULT_MAPPING = DefaultPaths.DEFAULT_KBP_TOKENSREGEX_NER_SETTINGS;
    static final String CASELESS = DefaultPaths.DEFAULT_KBP_REGEXNER_CASELESS;
    /** The property CoreNLP's NER reads the fine-grained settings from. */
    static final String KEY = "ner.fine.regexner.mapping";
    /** Plain words: what such a line's tokens match is only a token equal to them up to case. */
    private static final Pattern PLAIN = Pattern.compile("[a-z0-9'&\\- ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private FineGrainedRules() {}

    /**
     * Whether a pipeline with {@code props} runs NER's fine-grained rules with CoreNLP's own settings
     * (the only ones this class knows how to cut).
     */
    static boolean applies(Properties props) {
        boolean ner = ("," + props.getProperty("annotators", "").replace(" ", "") + ",").contains(",ner,");
        return ner && Boolean.parseBoolean(props.getProperty("ner.applyFineGrained", "true"))
                && !Boolean.parseBoolean(props.getProperty("ner.statisticalOnly", "false"))
                && props.getProperty(KEY) == null;
    }

    /** The kept lines, counted. */
    record Cut(Path file, int kept, int read) {}

    /**
     * Writes the caseless rules that can match texts of {@code vocabulary} to a new file in {@code
     * folder}, and returns it with the counts.
     */
    static Cut cut(TokenVocabulary vocabulary, Path folder) {
        List<String> lines = new ArrayList<>(600_000);
        try (BufferedReader in = IOUtils.readerFromString(CASELESS)) {
            for (String line; (line = in.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CoreNLP's " + CASELESS, e);
        }
        List<String> kept = keep(lines, vocabulary);
        try {
            Path file = Files.createTempFile(folder, "regexner_caseless-", ".tab");
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (String line : kept) {
                    out.write(line);
                    out.write('\n');
                }
            }
            return new Cut(file, kept.size(), lines.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the cut fine-grained rules to " + folder, e);
        }
    }

    /** The fine-grained settings with the caseless rules read from {@code file}. */
    static String mapping(Path file) {
        if (!DEFAULT_MAPPING.contains(CASELESS)) {
            throw new IllegalStateException("CoreNLP's fine-grained settings no longer name " + CASELESS);
        }
        return DEFAULT_MAPPING.replace(CASELESS, file.toString());
    }

    /** The lines of {@code lines} (a rules file) that are kept for {@code vocabulary}, in order. */
    static List<String> keep(List<String> lines, TokenVocabulary vocabulary) {
        List<String> kept = new ArrayList<>(lines.size() / 8);
        Set<String> keptLabels = new HashSet<>();
        Map<String, Integer> firstOfLabel = new LinkedHashMap<>();
        boolean[] keep = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int tab = line.indexOf('\t');
            String pattern = tab < 0 ? line : line.substring(0, tab);
            String label = tab < 0 ? "" : label(line.substring(tab + 1, line.indexOf('\t', tab + 1) < 0 ? line.length() : line.indexOf('\t', tab + 1)));
            firstOfLabel.putIfAbsent(label, i);
            if (canMatch(pattern, vocabulary)) {
                keep[i] = true;
                keptLabels.add(label);
            }
        }
        firstOfLabel.forEach((label, i) -> {
            if (!keptLabels.contains(label)) {
                keep[i] = true;
            }
        });
        for (int i = 0; i < lines.size(); i++) {
            if (keep[i]) {
                kept.add(lines.get(i));
            }
        }
        return kept;
    }

    /**
     * False only when {@code pattern} is plain words and one of its letter-and-digit runs is not in the
     * vocabulary. The test is on the pattern in lower case, as CoreNLP keys its entries, so that two
     * lines CoreNLP takes for one are kept or left out together.
     */
    static boolean canMatch(String pattern, TokenVocabulary vocabulary) {
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.charAt(i) >= 128) {
                return slowCanMatch(pattern, vocabulary);    // lower case outside ASCII: CoreNLP's own way, below
            }
        }
        String key = pattern.trim();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'' || c == '&' || c == '-' || c == ' ')) {
                return true;
            }
        }
        return vocabulary.mayHold(key);
    }

    private static boolean slowCanMatch(String pattern, TokenVocabulary vocabulary) {
        String key = pattern.trim().toLowerCase();
        if (!PLAIN.matcher(key).matches()) {
            return true;
        }
        Set<String> runs = new HashSet<>();
        for (String word : SPACES.split(key)) {
            TokenVocabulary.addRuns(word, runs);
        }
        for (String run : runs) {
            if (!vocabulary.contains(run)) {
                return false;
            }
        }
        return true;
    }

    /** The label as CoreNLP takes it: trimmed, and only the first of comma-separated ones. */
    private static String label(String column) {
        String t = column.trim();
        int comma = t.indexOf(',');
        return comma > 0 ? t.substring(0, comma).trim() : t;
    }
}
