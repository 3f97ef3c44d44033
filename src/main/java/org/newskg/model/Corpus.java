package org.newskg.model;

import java.util.List;

/** Everything a build knows: the articles, the merged entities and the facts. */
public record Corpus(List<Document> documents, List<Entity> entities, List<Fact> facts) {
    public Corpus {
        documents = List.copyOf(documents);
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }
}
