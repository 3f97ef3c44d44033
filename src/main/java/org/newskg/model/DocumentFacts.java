package org.newskg.model;

import java.util.List;

/** What one article says: its entities and the facts it states about them. */
public record DocumentFacts(Document document, List<LocalEntity> entities, List<Assertion> assertions) {
    public DocumentFacts {
        entities = List.copyOf(entities);
        assertions = List.copyOf(assertions);
    }
}
