package org.newskg.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name folding shared by every stage that compares names. */
public final class Names {
    private Names() {}

    // Compiled once: fold runs for every name of the knowledge base and every mention of an article.
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * Folds a name for comparison: case, accents, dots ("U.S." = "US"), other punctuation, curly
     * quotes and a leading "the" do not count. "The U.S." and "us" fold alike.
     */
    public static String fold(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace("’", "'").replace(".", "");
        s = NOT_LETTERS.matcher(POSSESSIVE.matcher(s).replaceAll("")).replaceAll(" ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /** A slug for IRIs: folded, words joined by '-'. */
    public static String slug(String name) {
        String f = fold(name).replace(' ', '-');
        return f.isEmpty() ? "x" : f;
    }
}
