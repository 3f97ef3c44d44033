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
 * @param factuality whether the article asserts, denies, plans... what it says here, and on whose word
 * @param tenure     for an office (leaderOf, memberOf, holdsTitle), when the article says it is held
 *                   ("former", "acting", "incoming"), or null when it does not say
 */
public record Evidence(String docId, int sentence, String text, int begin, int end, String extractor, double confidence,
                       Factuality factuality, OfficeTime tenure) {
    public Evidence {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
        java.util.Objects.requireNonNull(factuality, "factuality");
    }

    /** Evidence of a plain assertion. */
    public Evidence(String docId, int sentence, String text, int begin, int end, String extractor, double confidence) {
        this(docId, sentence, text, begin, end, extractor, confidence, Factuality.ASSERTED, null);
    }

    /** Evidence that says nothing of an office's time. */
    public Evidence(String docId, int sentence, String text, int begin, int end, String extractor, double confidence,
                    Factuality factuality) {
        this(docId, sentence, text, begin, end, extractor, confidence, factuality, null);
    }

    public Evidence withFactuality(Factuality f) {
        return new Evidence(docId, sentence, text, begin, end, extractor, confidence, f, tenure);
    }

    public Evidence withExtractor(String name, double newConfidence) {
        return new Evidence(docId, sentence, text, begin, end, name, newConfidence, factuality, tenure);
    }
}
