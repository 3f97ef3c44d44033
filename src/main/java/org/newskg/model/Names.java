package org.newskg.model;

import java.text.Normalizer;
import java.util.Locale;

/** Name folding shared by every stage that compares names. */
public final class Names {
    private Names() {}

    /**
     * Folds a name for comparison: case, accents, dots ("U.S." = "US"), other punctuation, curly
     * quotes and a leading "the" do not count. "The U.S." and "us" fold alike.
     */
    public static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replace("’", "'").replace(".", "");
        s = s.replaceAll("'s\\b", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /** A slug for IRIs: folded, words joined by '-'. */
    public static String slug(String name) {
        String f = fold(name).replace(' ', '-');
        return f.isEmpty() ? "x" : f;
    }
}
