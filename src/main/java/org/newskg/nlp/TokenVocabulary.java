package org.newskg.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
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
    /** Longest stretch of tokens with no space between them whose joins are listed in {@link #words}. */
    static final int MAX_JOINED = 12;

    private final Set<String> runs;
    private final Set<String> words;    // null: some stretch was longer than MAX_JOINED
    private final StanfordCoreNLP tokenizer;

    private TokenVocabulary(Set<String> runs, Set<String> words, StanfordCoreNLP tokenizer) {
        this.runs = runs;
        this.words = words;
        this.tokenizer = tokenizer;
    }

    /** The vocabulary of {@code texts}, tokenized as a pipeline with {@code pipelineProperties} would. */
    static TokenVocabulary of(Collection<String> texts, Properties pipelineProperties) {
        StanfordCoreNLP tokenizer = tokenizer(pipelineProperties);
        Set<String> runs = new HashSet<>();
        Set<String> words = new HashSet<>();
        boolean bounded = true;
        for (String text : texts) {
            CoreDocument doc = new CoreDocument(text);
            tokenizer.annotate(doc);
            for (CoreLabel t : doc.tokens()) {
                addRuns(t.word(), runs);
            }
            bounded &= addWords(doc.tokens(), words);
        }
        return new TokenVocabulary(runs, bounded ? words : null, tokenizer);
    }

    /**
     * Every token's word, and every join NER's own tokenization could make of them. It joins a token
     * with the next when no space is between them and the next is "-" or the token ends with "-"
     * ("Saint", "-", "Denis" into "Saint-Denis"), and a rule matches its tokens. Listed here: every
     * stretch of tokens so linked, and its sub-stretches. False when a stretch is longer than {@link
     * #MAX_JOINED} tokens (its joins are not listed).
     */
    private static boolean addWords(java.util.List<CoreLabel> tokens, Set<String> into) {
        boolean bounded = true;
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            into.add(tokens.get(i).word());
            boolean linked = i + 1 < tokens.size() && "".equals(tokens.get(i).after())
                    && (tokens.get(i + 1).word().equals("-") || tokens.get(i).word().endsWith("-"));
            if (!linked) {
                if (i - start + 1 > MAX_JOINED) {
                    bounded = false;
                } else {
                    for (int a = start; a < i; a++) {
                        StringBuilder join = new StringBuilder(tokens.get(a).word());
                        for (int b = a + 1; b <= i; b++) {
                            join.append(tokens.get(b).word());
                            into.add(join.toString());
                        }
                    }
                }
                start = i + 1;
            }
        }
        return bounded;
    }

    /**
     * Whether {@code pattern} matches (as a whole) some token's word or join of the texts; true when
     * they are not all listed. What a rule with no plain word needs before it can match.
     */
    boolean someWordMatches(java.util.regex.Pattern pattern) {
        if (words == null) {
            return true;
        }
        java.util.Optional<Set<String>> literal = literals(pattern.pattern());
        if (literal.isPresent()) {    // most rules with no plain word are words with an escaped dot: look them up
            boolean caseless = (pattern.flags() & java.util.regex.Pattern.CASE_INSENSITIVE) != 0;
            for (String l : literal.get()) {
                if (caseless ? foldedWords().contains(l.toLowerCase(java.util.Locale.ROOT)) : words.contains(l)) {
                    return true;
                }
            }
            return false;
        }
        for (String w : words) {
            if (pattern.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }

    private Set<String> folded;

    /** The words and joins, each folded code point by code point as case-insensitive matching compares them. */
    private synchronized Set<String> foldedWords() {
        if (folded == null) {
            folded = new HashSet<>();
            for (String w : words) {
                folded.add(w.toLowerCase(java.util.Locale.ROOT));
                folded.add(fold(w));
            }
        }
        return folded;
    }

    /**
     * The strings a regular expression made of ASCII letters, digits and escaped punctuation, each
     * perhaps made optional by "?", matches ("Ala\\.?": "Ala" and "Ala."); empty for any other one.
     */
    static java.util.Optional<Set<String>> literals(String regex) {
        List<String> out = new java.util.ArrayList<>(List.of(""));
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            String unit;
            if (c == '\\' && i + 1 < regex.length() && !Character.isLetterOrDigit(regex.charAt(i + 1)) && regex.charAt(i + 1) < 128) {
                unit = String.valueOf(regex.charAt(i + 1));
                i += 2;
            } else if (c < 128 && (Character.isLetterOrDigit(c) || "-'&/_,:;!\"#%@<>=~` ".indexOf(c) >= 0)) {
                unit = String.valueOf(c);
                i++;
            } else {
                return java.util.Optional.empty();
            }
            boolean optional = i < regex.length() && regex.charAt(i) == '?';
            if (optional) {
                i++;
                if (i < regex.length() && "?+*".indexOf(regex.charAt(i)) >= 0) {
                    return java.util.Optional.empty();    // a lazy or possessive quantifier: not this simple
                }
            } else if (i < regex.length() && "*+{".indexOf(regex.charAt(i)) >= 0) {
                return java.util.Optional.empty();
            }
            List<String> next = new java.util.ArrayList<>();
            for (String o : out) {
                next.add(o + unit);
                if (optional) {
                    next.add(o);
                }
            }
            if (next.size() > 64) {
                return java.util.Optional.empty();
            }
            out = next;
        }
        return java.util.Optional.of(new HashSet<>(out));
    }

    /** Whether every run of {@code text}'s tokens, and every word and join of them, is in this vocabulary. */
    boolean covers(String text) {
        CoreDocument doc = new CoreDocument(text);
        tokenizer.annotate(doc);
        Set<String> own = new HashSet<>();
        for (CoreLabel t : doc.tokens()) {
            addRuns(t.word(), own);
        }
        if (!runs.containsAll(own)) {
            return false;
        }
        if (words == null) {
            return true;    // every rule that needs a word was kept
        }
        Set<String> ownWords = new HashSet<>();
        return addWords(doc.tokens(), ownWords) && words.containsAll(ownWords);
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
