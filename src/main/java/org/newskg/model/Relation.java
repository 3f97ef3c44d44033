package org.newskg.model;

import static org.newskg.model.EntityType.AGREEMENT;
import static org.newskg.model.EntityType.CITY;
import static org.newskg.model.EntityType.COUNTRY;
import static org.newskg.model.EntityType.ORGANIZATION;
import static org.newskg.model.EntityType.PERSON;
import static org.newskg.model.EntityType.PLACE;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The core relations of the ontology (see ontology/newskg.ttl and docs/GOLD-FORMAT.md).
 * Literal-valued ones ({@link #HOLDS_TITLE}, {@link #DATE}) take a string object.
 */
public enum Relation {
    LEADER_OF("leaderOf", false, Types.of(PERSON), Types.of(COUNTRY, ORGANIZATION)),
    MEMBER_OF("memberOf", false, Types.of(PERSON), Types.of(COUNTRY, ORGANIZATION)),
    HOLDS_TITLE("holdsTitle", false, Types.of(PERSON), null),
    MET_WITH("metWith", true, Types.of(PERSON), Types.of(PERSON)),
    VISITED("visited", false, Types.of(PERSON), Types.of(PLACE, CITY, COUNTRY)),
    SIGNED("signed", false, Types.of(PERSON, COUNTRY, ORGANIZATION), Types.of(AGREEMENT)),
    PARTY_TO("partyTo", false, Types.of(COUNTRY, ORGANIZATION), Types.of(AGREEMENT)),
    ESTABLISHES("establishes", false, Types.of(AGREEMENT), Types.of(ORGANIZATION)),
    DATE("date", false, Types.of(AGREEMENT), null),
    LOCATION("location", false, Types.of(AGREEMENT), Types.of(PLACE, CITY, COUNTRY, ORGANIZATION)),
    LOCATED_IN("locatedIn", false, Types.of(PLACE, CITY, ORGANIZATION), Types.of(PLACE, CITY, COUNTRY)),
    DEPENDS_ON("dependsOn", false, Types.of(COUNTRY, ORGANIZATION), Types.of(COUNTRY, ORGANIZATION)),
    PARTNER_OF("partnerOf", true, Types.of(COUNTRY, ORGANIZATION), Types.of(COUNTRY, ORGANIZATION)),
    IN_CONFLICT_WITH("inConflictWith", true, Types.of(COUNTRY, ORGANIZATION), Types.of(COUNTRY, ORGANIZATION)),
    ASSOCIATED_WITH("associatedWith", true, Types.of(PERSON), Types.of(PERSON));

    /** The types that one end of a relation may have. */
    public record Types(Set<EntityType> types) {
        public Types {
            types = Set.copyOf(types);
        }

        static Types of(EntityType... types) {
            return new Types(EnumSet.copyOf(List.of(types)));
        }

        public boolean allows(EntityType t) {
            return types.contains(t);
        }
    }

    private final String localName;
    private final boolean symmetric;
    private final Types domain;
    private final Types range;

    /**
     * One line per relation, as ontology/newskg.ttl declares it (NkgVocabularyTest holds the two
     * equal): a new relation is an ontology entry, a line here and its rule file.
     *
     * @param range null for a literal-valued relation
     */
    Relation(String localName, boolean symmetric, Types domain, Types range) {
        this.localName = localName;
        this.symmetric = symmetric;
        this.domain = domain;
        this.range = range;
    }

    public String localName() {
        return localName;
    }

    /** A symmetric relation holds both ways round; it is stored once, in a canonical direction. */
    public boolean symmetric() {
        return symmetric;
    }

    /** Whether its object is a literal (a title, a date) rather than an entity. */
    public boolean literal() {
        return range == null;
    }

    /** The types its subject may have (the ontology's rdfs:domain). */
    public Types domain() {
        return domain;
    }

    /** The types its object may have (the ontology's rdfs:range); empty for a literal-valued relation. */
    public Types range() {
        return range == null ? new Types(Set.of()) : range;
    }

    public static Relation byLocalName(String name) {
        for (Relation r : values()) {
            if (r.localName.equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no relation named '" + name + "'");
    }
}
