package org.newskg.model;

import java.util.List;
import java.util.Map;

/**
 * Everything a build knows: the articles, the merged entities, the facts the articles state, and
 * what the knowledge base adds: who each entity is ({@code identities}, by slug) and facts of its own.
 */
public record Corpus(List<Document> documents, List<Entity> entities, List<Fact> facts, Map<String, Identity> identities,
                     List<Derived> derived) {
    public Corpus {
        documents = List.copyOf(documents);
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
        identities = Map.copyOf(identities);
        derived = List.copyOf(derived);
    }

    /** A corpus of the articles alone. */
    public Corpus(List<Document> documents, List<Entity> entities, List<Fact> facts) {
        this(documents, entities, facts, Map.of(), List.of());
    }
}
