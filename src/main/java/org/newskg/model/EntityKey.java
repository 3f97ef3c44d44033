package org.newskg.model;

import java.util.Objects;

/**
 * What makes two articles' entities one thing before their names are compared: a country's code, an
 * organization's or city's canonical name from the gazetteer, or, for the agreement an article speaks
 * of without naming it, that article. An entity without a key (a person, a named agreement, a name
 * the gazetteer does not know) is matched by its names. Made only through the factories below; the
 * string form ({@code country:FR}) is what extraction records and the facts cache store.
 */
public record EntityKey(Kind kind, String value) {
    /** The kinds of key, with the prefix of their string form. */
    public enum Kind {
        COUNTRY("country"), ORGANIZATION("org"), CITY("city"), ARTICLE_AGREEMENT("agreement");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    public EntityKey {
        Objects.requireNonNull(kind, "kind");
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("a " + kind + " key needs a value");
        }
    }

    /** A country by its code in the gazetteer ("FR"). */
    public static EntityKey country(String code) {
        return new EntityKey(Kind.COUNTRY, code);
    }

    /** An organization by its canonical name (folded). */
    public static EntityKey organization(String canonicalName) {
        return new EntityKey(Kind.ORGANIZATION, Names.fold(canonicalName));
    }

    /** A city by its name without the region or country after a comma (folded). */
    public static EntityKey city(String name) {
        int comma = name.indexOf(',');
        return new EntityKey(Kind.CITY, Names.fold(comma > 0 ? name.substring(0, comma) : name));
    }

    /** The one unnamed agreement an article is about ("the deal"). */
    public static EntityKey articleAgreement(String docId) {
        return new EntityKey(Kind.ARTICLE_AGREEMENT, docId);
    }

    /** Whether it is a gazetteer identity (a country or a known organization): its entry names it. */
    public boolean canonical() {
        return kind == Kind.COUNTRY || kind == Kind.ORGANIZATION;
    }

    /** The stored form, {@code kind:value}. */
    @Override
    public String toString() {
        return kind.prefix + ":" + value;
    }

    /** Reads the stored form; the empty string, which records write for "no key", gives null. */
    public static EntityKey parse(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        int colon = s.indexOf(':');
        if (colon > 0) {
            String prefix = s.substring(0, colon);
            for (Kind k : Kind.values()) {
                if (k.prefix.equals(prefix)) {
                    return new EntityKey(k, s.substring(colon + 1));
                }
            }
        }
        throw new IllegalArgumentException("not an entity key: '" + s + "' (expected country:, org:, city: or agreement: and a value)");
    }
}
