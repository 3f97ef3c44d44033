package org.newskg.model;

/** The core classes of the ontology that entities take; {@code rdf} maps each to its IRI. */
public enum EntityType {
    PERSON("Person"),
    ORGANIZATION("Organization"),
    COUNTRY("Country"),
    CITY("City"),
    PLACE("Place"),
    AGREEMENT("Agreement");

    private final String localName;

    EntityType(String localName) {
        this.localName = localName;
    }

    /** The class's local name in the ontology, e.g. {@code Person}. */
    public String localName() {
        return localName;
    }

    /** Whether a node of this type may stand for a place (a location, visit target, seat). */
    public boolean isPlace() {
        return this == COUNTRY || this == CITY || this == PLACE;
    }
}
