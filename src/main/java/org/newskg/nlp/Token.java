package org.newskg.nlp;

/**
 * One token as the extractors see it (CoreNLP's own classes stop at {@link AnnotationReader}).
 *
 * @param index      1-based index in its sentence, as in dependency graphs
 * @param word       the text
 * @param lemma      its lemma
 * @param pos        Penn Treebank tag
 * @param ner        named-entity tag, "O" for none
 * @param normalized SUTime's normalized value for dates, else null
 * @param begin      character offset in the article
 * @param end        character offset after the token
 */
public record Token(int index, String word, String lemma, String pos, String ner, String normalized, int begin, int end) {
    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}
