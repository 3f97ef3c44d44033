package org.newskg.nlp;

/**
 * A named-entity mention found by CoreNLP: tokens [{@code from}, {@code to}) of a sentence, 1-based.
 */
public record NerSpan(int sentence, int from, int to, String type, String text, int begin, int end) {}
