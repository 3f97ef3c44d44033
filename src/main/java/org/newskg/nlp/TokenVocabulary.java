package org.newskg.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Collection;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

/**
 * The letter-and-digit runs of the tokens of some texts, case-folded: what a literal entry of a
 * case-insensitive gazetteer needs to find in the texts before it can match any of their tokens. A run
 * is a maximal stretch of letters and digits of a token's word ("Saint-Denis" has the runs "saint" and
 * "denis"); each is kept twice folded, by {@link String#toLowerCase} and code point by code point as
 * Java's case-insensitive Unicode matching compares characters, so that no fold CoreNLP's matching might
 * use is missing.
 *
 * <p>Tokens are CoreNLP's own (its tokenizer with the pipeline's settings), so a word the tokenizer
 * splits ("cannot" into "can" and "not") gives its parts. NER's own tokenization only joins tokens at
 * hyphens, which separate runs, so its tokens' runs are among these.
 */
final class TokenVocabulary {
    private final Set<String> runs;
    private final StanfordCoreNLP tokenizer;

    private TokenVocabulary(Set<String> runs, StanfordCoreNLP tokenizer) {
        this.runs = runs;
        this.tokenizer = tokenizer;
    }

    /** The vocabulary of {@code texts}, tokenized as a pipeline with {@code pipelineProperties} would. */
    static TokenVocabulary of(Collection<String> texts, Properties pipelineProperties) {
        StanfordCoreNLP tokenizer = tokenizer(pipelineProperties);
        Set<String> runs = new HashSet<>();
        for (String text : texts) {
            addRuns(tokenizer, text, runs);
        }
        return new TokenVocabulary(runs, tokenizer);
    }

    /** Whether every run of {@code text}'s tokens is in this vocabulary. */
    boolean covers(String text) {
        Set<String> own = new HashSet<>();
        addRuns(tokenizer, text, own);
        return runs.containsAll(own);
    }

    /** Whether {@code run} (already folded to lower case) is in this vocabulary. */
    boolean contains(String run) {
        return runs.contains(run);
    }

    /**
     * Whether every letter-and-digit run of {@code s}, in lower case, is in this vocabulary; true for
     * any {@code s} with a character outside ASCII, whose lower case is not as simple (a necessary
     * condition for {@code s} to be some token's word up to case, and cheap: it runs on every line
     * of lists hundreds of thousands long).
     */
    boolean mayHold(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return true;
            }
        }
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                run.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                run.append((char) (c + ('a' - 'A')));
            } else if (!run.isEmpty()) {
                if (!runs.contains(run.toString())) {
                    return false;
                }
                run.setLength(0);
            }
        }
        return true;
    }

    int size() {
        return runs.size();
    }

    private static StanfordCoreNLP tokenizer(Properties pipelineProperties) {
        Properties p = new Properties();
        for (String key : pipelineProperties.stringPropertyNames()) {
            if (key.startsWith("tokenize.") || key.startsWith("ssplit.")) {
                p.setProperty(key, pipelineProperties.getProperty(key));
            }
        }
        p.setProperty("annotators", "tokenize,ssplit");
        return new StanfordCoreNLP(p, false);
    }

    private static void addRuns(StanfordCoreNLP tokenizer, String text, Set<String> into) {
        CoreDocument doc = new CoreDocument(text);
        tokenizer.annotate(doc);
        for (CoreLabel t : doc.tokens()) {
            addRuns(t.word(), into);
        }
    }

    static void addRuns(String word, Set<String> into) {
        int i = 0;
        while (i < word.length()) {
            int start = i;
            while (i < word.length() && Character.isLetterOrDigit(word.codePointAt(i))) {
                i += Character.charCount(word.codePointAt(i));
            }
            if (i > start) {
                String run = word.substring(start, i);
                String lower = run.toLowerCase(java.util.Locale.ROOT);
                into.add(lower);
                if (!isAscii(run)) {
                    into.add(fold(run));
                }
                if (!lower.equals(run.toLowerCase())) {    // a locale with its own lower case (Turkish)
                    into.add(run.toLowerCase());
                }
            } else {
                i += Character.charCount(word.codePointAt(i));
            }
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Each code point's lower case of its upper case: the fold Java's UNICODE_CASE matching compares. */
    private static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return b.toString();
    }
}
