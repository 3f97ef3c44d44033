package org.newskg.model;

/**
 * One place in an article's text that names or refers to an entity.
 *
 * @param sentence index of the sentence in the article (0-based)
 * @param begin    character offset of the first character in the article text
 * @param end      character offset after the last character
 * @param text     the text at those offsets
 */
public record Mention(int sentence, int begin, int end, String text) {
    public Mention {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + "," + end + ")");
        }
    }
}
