package org.newskg.model;

import java.util.List;

/**
 * A fact about the merged entities, with the evidence of every article that states it.
 * {@code object} is an entity slug, or null for literal-valued relations.
 */
public record Fact(String subject, Relation relation, String object, String literal, List<Evidence> evidence) {
    public Fact {
        evidence = List.copyOf(evidence);
    }

    /** Whether some article asserts it: only then is it a plain triple (see {@link Factuality}). */
    public boolean asserted() {
        return evidence.stream().anyMatch(e -> e.factuality().asserted());
    }
}
