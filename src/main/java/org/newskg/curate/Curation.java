package org.newskg.curate;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.newskg.model.Relation;

/**
 * A correction a person made to the graph: merge two entities or split one, reject a fact or assert a missing one,
 * rename or retype an entity, link one to a Wikidata item. Kept in the store apart from what the articles say, and applied
 * on every build ({@link Curator}), so it survives rebuilds and new articles.
 *
 * @param sequence its number in the store's curations, in the order they apply
 * @param action   what it does
 * @param subject  the entity it is about: merge keeps it, reject names the fact's subject
 * @param relation reject, assert: the fact's relation
 * @param object   merge: the entity merged into {@code subject}; reject: the fact's object (an entity,
 *                 or a value such as a title, in {@link Ref#label} with no slug); assert: the object entity
 * @param value    split: the name that is another thing; rename: the new label; retype: the type's local name ({@code Person}); link: the
 *                 Wikidata item ({@code Q42}), then a space and the English Wikipedia title if given
 * @param curator  who made it (the user name)
 * @param when     when
 * @param why      the reason given, or empty
 */
public record Curation(int sequence, Action action, Ref subject, Optional<Relation> relation, Optional<Ref> object,
                       Optional<String> value, String curator, Instant when, String why) {
    /** What a curation does; each is an individual of {@code nkg:CurationAction} with this local name. */
    public enum Action {
        MERGE("Merge"), SPLIT("Split"), REJECT("Reject"), ASSERT("Assert"), RENAME("Rename"), RETYPE("Retype"), LINK("Link");

        private final String localName;

        Action(String localName) {
            this.localName = localName;
        }

        public String localName() {
            return localName;
        }

        public static Optional<Action> ofLocalName(String name) {
            for (Action a : values()) {
                if (a.localName.equals(name)) {
                    return Optional.of(a);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * An entity as a curation names it: its slug when the curation was made (the IRI's last part), and
     * its label then, by which it is found again if a rebuild gives it another slug. A value (reject's
     * object "President") has an empty slug.
     */
    public record Ref(String slug, String label) {
        public Ref {
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(label, "label");
        }

        public boolean isValue() {
            return slug.isEmpty();
        }
    }

    public Curation {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(curator, "curator");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(why, "why");
        switch (action) {
            case MERGE -> require(object.isPresent() && !object.get().isValue(), "a merge needs the entity to merge in");
            case REJECT -> require(relation.isPresent() && object.isPresent(), "a rejection needs the fact's relation and object");
            case ASSERT -> require(relation.isPresent() && object.isPresent() && !object.get().isValue(),
                    "an assertion needs the fact's relation and the entity it relates to");
            case SPLIT, RENAME, RETYPE, LINK -> require(value.isPresent() && !value.get().isBlank(), "a " + action.localName().toLowerCase(java.util.Locale.ROOT)
                    + " needs its new value");
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** In words: {@code merge 'Anna Berg' into 'A. Berg'}, {@code reject 'Lena Marsh' metWith 'Jonas Breuer'}. */
    public String describe() {
        return switch (action) {
            case MERGE -> "merge '" + object.orElseThrow().label() + "' into '" + subject.label() + "'";
            case SPLIT -> "split '" + value.orElseThrow() + "' from '" + subject.label() + "'";
            case REJECT -> "reject '" + subject.label() + "' " + relation.orElseThrow().localName() + " '" + object.orElseThrow().label() + "'";
            case ASSERT -> "assert '" + subject.label() + "' " + relation.orElseThrow().localName() + " '" + object.orElseThrow().label() + "'";
            case RENAME -> "rename '" + subject.label() + "' to '" + value.orElseThrow() + "'";
            case RETYPE -> "retype '" + subject.label() + "' as " + value.orElseThrow();
            case LINK -> "link '" + subject.label() + "' to " + value.orElseThrow();
        };
    }
}
