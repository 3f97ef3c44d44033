package org.newskg.nlp;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.pipeline.DefaultPaths;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * CoreNLP's fine-grained NER rules cut to the lines that can match some given texts. The rules are
 * 581,864 caseless lines ({@code regexner_caseless.tab}, 533,182 of them cities of the world) and 4,867
 * cased ones; building their matcher is most of NER's model loading, and matching the rules that have no
 * plain word, which CoreNLP tries at every position of every sentence, most of NER's annotation.
 * <ul>
 * <li>A line of plain words (letters, digits, apostrophes, ampersands, hyphens) matches a token only
 *     when the token equals a word of it (up to case, in the caseless file). So when some
 *     letter-and-digit run of a word is in none of the texts' tokens ({@link TokenVocabulary}), the
 *     line cannot match anywhere in them, and leaving it out changes nothing.</li>
 * <li>A line none of whose tokens is a literal word ({@link #alwaysTried}) is kept only when each of its
 *     tokens, a regular expression, matches a word of the texts or a join NER's tokenization could
 *     make.</li>
 * <li>Every other line is kept, in the file's order (CoreNLP breaks ties by it).</li>
 * </ul>
 *
 * <p>Two more things the lines decide. A label any line gives may overwrite what NER found
 * (TokensRegexNERAnnotator's "myLabels"), so for every label whose lines were all left out, its first
 * line is kept: it cannot match, and the set of labels stays CoreNLP's. And CoreNLP ignores a line that
 * repeats an earlier one's pattern with no higher priority, so leaving out the earlier line must not
 * revive the repeat ({@link #keep(List, List, TokenVocabulary)}).
 */
final class FineGrainedRules {
    /** CoreNLP's fine-grained settings: per-file options, the caseless rules, the cased ones. */
    static final String DEFAULT_MAPPING = DefaultPaths.DEFAULT_KBP_TOKENSREGEX_NER_SETTINGS;
    static final String CASELESS = DefaultPaths.DEFAULT_KBP_REGEXNER_CASELESS;
    static final String CASED = DefaultPaths.DEFAULT_KBP_REGEXNER_CASED;
    /** What CoreNLP takes for a literal word rather than a regular expression (ComplexNodePattern.LITERAL_PATTERN). */
    private static final Pattern LITERAL = Pattern.compile("[^\\[\\]?.\\\\^$()*+{}|]*");
    /** The property CoreNLP's NER reads the fine-grained settings from. */
    static final String KEY = "ner.fine.regexner.mapping";
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

    /** The cut rules' files, caseless and cased, and the lines kept of those read. */
    record Cut(Path caseless, Path cased, int kept, int read) {}

    /**
     * Writes the caseless and cased rules that can match texts of {@code vocabulary} to new files in
     * {@code folder}, and returns them with the counts.
     */
    static Cut cut(TokenVocabulary vocabulary, Path folder) {
        List<String> caseless = read(CASELESS);
        List<String> cased = read(CASED);
        List<List<String>> kept = keep(List.of(caseless, cased), List.of(true, false), vocabulary);
        Path a = CutFile.write(kept.get(0), folder, "regexner_caseless-", ".tab", "fine-grained rules");
        Path b = CutFile.write(kept.get(1), folder, "regexner_cased-", ".tab", "fine-grained rules");
        return new Cut(a, b, kept.get(0).size() + kept.get(1).size(), caseless.size() + cased.size());
    }

    private static List<String> read(String resource) {
        List<String> lines = new ArrayList<>(600_000);
        try (BufferedReader in = IOUtils.readerFromString(resource)) {
            for (String line; (line = in.readLine()) != null; ) {
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CoreNLP's " + resource, e);
        }
    }

    /** The fine-grained settings with the rules read from the cut's files. */
    static String mapping(Cut cut) {
        if (!DEFAULT_MAPPING.contains(CASELESS) || !DEFAULT_MAPPING.contains(CASED)) {
            throw new IllegalStateException("CoreNLP's fine-grained settings no longer name " + CASELESS + " and " + CASED);
        }
        return DEFAULT_MAPPING.replace(CASELESS, cut.caseless().toString()).replace(CASED, cut.cased().toString());
    }

    /** The lines of {@code lines} (a caseless rules file alone) that are kept for {@code vocabulary}, in order. */
    static List<String> keep(List<String> lines, TokenVocabulary vocabulary) {
        return keep(List.of(lines), List.of(true), vocabulary).get(0);
    }

    /**
     * The lines of each of {@code files} (rules files in CoreNLP's order, each caseless or not) kept for
     * {@code vocabulary}, in order. A line CoreNLP ignores, as a repeat of an earlier line's pattern
     * (across the files, in lower case where caseless) with no higher priority, is left out: it
     * changes nothing, and so its fate cannot hang on the earlier line's.
     */
    static List<List<String>> keep(List<List<String>> files, List<Boolean> caseless, TokenVocabulary vocabulary) {
        Map<String, Double> seen = new java.util.HashMap<>();    // CoreNLP's keys of the lines that are not plain words
        List<List<String>> out = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            List<String> lines = files.get(f);
            boolean ignoreCase = caseless.get(f);
            List<String> kept = new ArrayList<>(lines.size() / 8);
            Set<String> keptLabels = new HashSet<>();
            Map<String, Integer> firstOfLabel = new LinkedHashMap<>();
            boolean[] keep = new boolean[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int tab = line.indexOf('\t');
                String pattern = (tab < 0 ? line : line.substring(0, tab)).trim();
                int tab2 = tab < 0 ? -1 : line.indexOf('\t', tab + 1);
                String label = tab < 0 ? "" : label(tab2 < 0 ? line.substring(tab + 1) : line.substring(tab + 1, tab2));
                boolean can;
                if (isPlain(pattern)) {
                    // Decided by the pattern's runs in lower case: a line CoreNLP takes for a repeat of
                    // another (the same words up to case) is decided alike, so leaving one out never
                    // revives the other.
                    can = vocabulary.mayHold(pattern);
                } else {
                    // Not so for the others: a line CoreNLP ignores as a repeat (across the files, with
                    // no higher priority) is left out, as it changes nothing; the rest are decided alone.
                    String key = key(pattern, ignoreCase);
                    double priority = priority(tab2 < 0 ? "" : line.substring(tab2 + 1));
                    Double before = seen.get(key);
                    if (before != null && !(priority > before)) {
                        continue;
                    }
                    seen.put(key, priority);
                    can = !alwaysTried(pattern) || regexCanMatch(pattern, ignoreCase, vocabulary);
                }
                firstOfLabel.putIfAbsent(label, i);    // a line CoreNLP ignores gives it no label
                if (can) {
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
            out.add(kept);
        }
        return out;
    }

    /** CoreNLP's key of a line: its pattern's tokens (or TokensRegex), in lower case where caseless. */
    private static String key(String pattern, boolean ignoreCase) {
        String k = isTokensRegex(pattern) ? pattern.substring(1, pattern.length() - 1).trim()
                : singleSpaced(pattern) ? pattern : String.join(" ", SPACES.split(pattern));
        return ignoreCase ? k.toLowerCase() : k;
    }

    /** Whether the words of {@code pattern} (trimmed) are apart by one space each: nearly every line. */
    private static boolean singleSpaced(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == ' ' ? pattern.charAt(i + 1) == ' ' : c < ' ' && Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** The priority of a line, from what follows its label: its overwrite types, then its priority. */
    private static double priority(String rest) {
        int tab = rest.indexOf('\t');
        if (tab < 0) {
            return 0.0;
        }
        int end = rest.indexOf('\t', tab + 1);
        try {
            return Double.parseDouble((end < 0 ? rest.substring(tab + 1) : rest.substring(tab + 1, end)).trim());
        } catch (NumberFormatException e) {
            return Double.NaN;    // CoreNLP refuses the file; nothing here depends on it
        }
    }

    private static boolean isTokensRegex(String pattern) {
        return pattern.startsWith("( ") && pattern.endsWith(" )");
    }

    /** Whether a cased pattern is plain words, for which {@link TokenVocabulary#mayHold} is a fair test. */
    private static boolean isPlain(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'' || c == '&' || c == '-' || c == ' ')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether CoreNLP's matcher tries the rule at every position of every sentence: none of its tokens
     * is a literal word it could index the rule by (ComplexNodePattern's test of a literal).
     */
    static boolean alwaysTried(String pattern) {
        if (isTokensRegex(pattern)) {
            return false;    // left alone: its tokens are not one regular expression each
        }
        for (String token : SPACES.split(pattern)) {
            if (LITERAL.matcher(token).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Whether each token of {@code pattern}, a regular expression, matches some word of the texts. */
    private static boolean regexCanMatch(String pattern, boolean ignoreCase, TokenVocabulary vocabulary) {
        for (String token : SPACES.split(pattern)) {
            java.util.regex.Pattern p;
            try {
                p = Pattern.compile(token, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
            } catch (java.util.regex.PatternSyntaxException e) {
                return true;
            }
            if (!vocabulary.someWordMatches(p)) {
                return false;
            }
        }
        return true;
    }

    /**
     * False only when {@code pattern} is plain words and one of its letter-and-digit runs, in lower case,
     * is not in the vocabulary (so two lines CoreNLP takes for one, the same words up to case, are
     * decided alike); true for a regular expression, a TokensRegex pattern or words outside ASCII.
     */
    static boolean canMatch(String pattern, TokenVocabulary vocabulary) {
        String p = pattern.trim();
        return !isPlain(p) || vocabulary.mayHold(p);
    }

    /** The label as CoreNLP takes it: trimmed, and only the first of comma-separated ones. */
    private static String label(String column) {
        String t = column.trim();
        int comma = t.indexOf(',');
        return comma > 0 ? t.substring(0, comma).trim() : t;
    }
}
