package org.newskg.nlp;

/** One mention of a coreference chain: tokens [{@code from}, {@code to}) of a sentence, 1-based. */
public record CorefSpan(int sentence, int from, int to, String text, boolean pronoun) {}
