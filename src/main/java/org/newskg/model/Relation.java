package org.newskg.model;

/**
 * The core relations of the ontology (see ontology/newskg.ttl and docs/GOLD-FORMAT.md).
 * Literal-valued ones ({@link #HOLDS_TITLE}, {@link #DATE}) take a string object.
 */
public enum Relation {
    LEADER_OF("leaderOf", false, false),
    MEMBER_OF("memberOf", false, false),
    HOLDS_TITLE("holdsTitle", false, true),
    MET_WITH("metWith", true, false),
    VISITED("visited", false, false),
    SIGNED("signed", false, false),
    PARTY_TO("partyTo", false, false),
    ESTABLISHES("establishes", false, false),
    DATE("date", false, true),
    LOCATION("location", false, false),
    LOCATED_IN("locatedIn", false, false),
    DEPENDS_ON("dependsOn", false, false),
    PARTNER_OF("partnerOf", true, false),
    IN_CONFLICT_WITH("inConflictWith", true, false),
    ASSOCIATED_WITH("associatedWith", true, false);

    private final String localName;
    private final boolean symmetric;
    private final boolean literal;

    Relation(String localName, boolean symmetric, boolean literal) {
        this.localName = localName;
        this.symmetric = symmetric;
        this.literal = literal;
    }

    public String localName() {
        return localName;
    }

    /** A symmetric relation holds both ways round; it is stored once, in a canonical direction. */
    public boolean symmetric() {
        return symmetric;
    }

    public boolean literal() {
        return literal;
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
