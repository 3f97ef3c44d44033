package org.newskg.history;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing a corpus change did to the graph: an article added, an entity new, a fact corroborated.
 *
 * @param kind   what happened
 * @param label  what it is about, in words that stay readable when the entities are gone
 *               ("Lena Marsh metWith Jonas Breuer", an article's headline)
 * @param about  the article or entity IRI, for article and entity changes
 * @param fact   the fact, for fact changes
 * @param before articles that stated the fact before (0 for the others)
 * @param after  articles that state it after
 */
public record Change(Kind kind, String label, Optional<String> about, Optional<FactKey> fact, int before, int after) {
    /** What a change did; each is an individual of {@code nkg:ChangeKind} with this local name. */
    public enum Kind {
        ARTICLE_ADDED("ArticleAdded", "articles added"), ARTICLE_CHANGED("ArticleChanged", "articles changed"),
        ARTICLE_REMOVED("ArticleRemoved", "articles removed"),
        NEW_ENTITY("NewEntity", "new entities"), ENTITY_GONE("EntityGone", "entities gone"),
        ENTITY_CHANGED("EntityChanged", "entities renamed or retyped"),
        NEW_FACT("NewFact", "new facts"), FACT_CORROBORATED("FactCorroborated", "facts corroborated"),
        FACT_WEAKENED("FactWeakened", "facts weakened"), FACT_GONE("FactGone", "facts gone"),
        NEW_CONTRADICTION("NewContradiction", "new contradictions"), CONTRADICTION_GONE("ContradictionGone", "contradictions gone");

        private final String localName;
        private final String heading;

        Kind(String localName, String heading) {
            this.localName = localName;
            this.heading = heading;
        }

        public String localName() {
            return localName;
        }

        /** As a heading over a list of them: "new facts", "articles added". */
        public String heading() {
            return heading;
        }

        public static Optional<Kind> ofLocalName(String name) {
            for (Kind k : values()) {
                if (k.localName.equals(name)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /** A fact as the graph has it: subject and object IRIs, the relation's property IRI. */
    public record FactKey(String subject, String relation, String object) implements Comparable<FactKey> {
        public FactKey {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(object, "object");
        }

        @Override
        public int compareTo(FactKey o) {
            return java.util.Comparator.comparing(FactKey::subject).thenComparing(FactKey::relation)
                    .thenComparing(FactKey::object).compare(this, o);
        }
    }

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(fact, "fact");
    }

    static Change of(Kind kind, String label, String about) {
        return new Change(kind, label, Optional.of(about), Optional.empty(), 0, 0);
    }

    static Change fact(Kind kind, String label, FactKey fact, int before, int after) {
        return new Change(kind, label, Optional.empty(), Optional.of(fact), before, after);
    }
}
