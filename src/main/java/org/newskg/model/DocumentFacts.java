package org.newskg.model;

import java.util.List;
import org.newskg.ingest.Document;

/** What one article says: its entities and the facts it states about them. */
public record DocumentFacts(Document document, List<LocalEntity> entities, List<Assertion> assertions) {
    public DocumentFacts {
        entities = List.copyOf(entities);
        assertions = List.copyOf(assertions);
    }
}
