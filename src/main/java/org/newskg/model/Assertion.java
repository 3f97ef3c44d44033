package org.newskg.model;

import java.util.Objects;

/**
 * A fact as one article states it: subject and object are {@link LocalEntity#id()}s of that article;
 * literal-valued relations carry {@code literal} and no object.
 */
public record Assertion(int subject, Relation relation, int object, String literal, Evidence evidence) {
    public static final int NONE = -1;

    public Assertion {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(evidence, "evidence");
        if (relation.literal() != (literal != null)) {
            throw new IllegalArgumentException(relation.localName() + (relation.literal()
                    ? " needs a literal" : " takes an entity, not a literal"));
        }
    }

    public static Assertion between(int subject, Relation relation, int object, Evidence evidence) {
        return new Assertion(subject, relation, object, null, evidence);
    }

    public static Assertion literal(int subject, Relation relation, String value, Evidence evidence) {
        return new Assertion(subject, relation, NONE, value, evidence);
    }
}
