package org.newskg.model;

/**
 * Why a fact is believed: where an article states it and which extractor read it there.
 *
 * @param docId      the article
 * @param sentence   sentence index within the article
 * @param text       the sentence's text
 * @param begin      character offset of the sentence (or the matched span) in the article
 * @param end        character offset after it
 * @param extractor  the rule or component that produced the fact, e.g. {@code title-appos}
 * @param confidence between 0 and 1
 */
public record Evidence(String docId, int sentence, String text, int begin, int end, String extractor, double confidence) {
    public Evidence {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }
}
