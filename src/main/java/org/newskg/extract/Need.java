package org.newskg.extract;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What an {@link Extractor} reads or adds. The first four are layers of the parsed text that the NLP
 * stage's annotators give; the rest are what extractors add to an article's {@link Extraction}.
 * Like CoreNLP's {@code Annotator.requires()}, they let the pipeline check its order once, when it is
 * built, instead of failing on the first article.
 */
public enum Need {
    /** Sentences, tokens, part-of-speech tags and lemmas. */
    TOKENS(List.of("tokenize", "ssplit", "pos", "lemma")),
    /** Named-entity tags and mentions, with SUTime's normalized dates. */
    NER(List.of("ner")),
    /** Enhanced++ dependency graphs. */
    DEPENDENCIES(List.of("depparse")),
    /** Coreference chains. */
    COREF(List.of("coref")),
    /** The article's entities and which tokens refer to each. */
    ENTITIES(List.of()),
    /** The article's agreements, as entities, and the one it is about. */
    AGREEMENTS(List.of()),
    /** Titles and the offices they give (holdsTitle, leaderOf, memberOf). */
    TITLES(List.of()),
    /** Countries given to titles from the article's context (its dateline, its one country). */
    TITLE_CONTEXT(List.of()),
    /** Parties named by a word next to a person ("Republican Senator X"), and memberOf them. */
    PARTIES(List.of()),
    /** Bare titles ("the President") taken as mentions of the one person the article gives them to. */
    TITLE_REFERENCES(List.of()),
    /** Where organizations and places are, from the words that describe them (locatedIn). */
    ORIGINS(List.of()),
    /** Relations between entities read from predicate frames (lexicon/frames.tsv). */
    FRAMES(List.of()),
    /** Relations between entities read by dependency rules. */
    RELATIONS(List.of()),
    /** Dates of agreements. */
    DATES(List.of());

    private final List<String> annotators;

    Need(List<String> annotators) {
        this.annotators = annotators;
    }

    /** The CoreNLP annotators that give this layer; empty for what extractors add. */
    public List<String> annotators() {
        return annotators;
    }

    /** The parsed-text layers a CoreNLP pipeline of these annotators gives. */
    public static Set<Need> fromAnnotators(Collection<String> names) {
        Set<Need> out = EnumSet.noneOf(Need.class);
        for (Need n : values()) {
            if (!n.annotators.isEmpty() && names.containsAll(n.annotators)) {
                out.add(n);
            }
        }
        return out;
    }
}
