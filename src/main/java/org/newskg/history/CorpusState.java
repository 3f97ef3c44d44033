package org.newskg.history;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a store holds, as far as its history compares: its articles, entities, the support of each
 * fact, and the contradictions between sources. Read from the store before a build and from the
 * build's graphs after ({@link org.newskg.rdf.ChangeGraphs#state}).
 *
 * @param articles       article IRI to its headline and sources
 * @param entities       entity IRI to its label and class, "Label (Type)"
 * @param support        fact to the number of articles that state it (asserted, as plain triples)
 * @param curated        the facts a curation asserts (no article need state them)
 * @param contradictions each contradiction (a row of the saved query {@code contradictions}) as a
 *                       key, with the words to show for it
 * @param lastSequence   the highest corpus change number stored, 0 for none
 */
public record CorpusState(Map<String, Article> articles, Map<String, String> entities, Map<Change.FactKey, Integer> support,
                          java.util.Set<Change.FactKey> curated, Map<String, String> contradictions, int lastSequence) {
    /** An article: its headline, and the files or URLs it was read from. */
    public record Article(String headline, List<String> sources) {
        public Article {
            Objects.requireNonNull(headline, "headline");
            sources = List.copyOf(sources);
        }
    }

    public CorpusState {
        articles = Map.copyOf(articles);
        entities = Map.copyOf(entities);
        support = Map.copyOf(support);
        curated = java.util.Set.copyOf(curated);
        contradictions = Map.copyOf(contradictions);
    }

    /** Whether the graph has the fact: an article states it, or a curation asserts it. */
    public boolean has(Change.FactKey fact) {
        return support.getOrDefault(fact, 0) > 0 || curated.contains(fact);
    }

    public static CorpusState empty() {
        return new CorpusState(Map.of(), Map.of(), Map.of(), java.util.Set.of(), Map.of(), 0);
    }
}
