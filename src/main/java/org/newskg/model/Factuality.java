package org.newskg.model;

import java.util.Objects;

/**
 * What an article does with a statement: asserts it, denies it, plans it, supposes it, or reports an
 * accusation; and who, if anyone, it attributes the statement to. Only an asserted statement becomes a
 * plain fact triple; the others stay queryable as qualified statements on their evidence.
 *
 * @param status   what the article does with it
 * @param cue      the words that say so ("did not", "plans to", "if"), empty for a plain assertion
 * @param expected for a plan, the date it is expected on (ISO, as much as the text gives), else null
 * @param source   who says so ("X said", "according to Y"), else null
 */
public record Factuality(Status status, String cue, String expected, Attribution source) {
    /** A plain assertion of the article's own. */
    public static final Factuality ASSERTED = new Factuality(Status.ASSERTED, "", null, null);

    public Factuality {
        Objects.requireNonNull(status, "status");
        cue = cue == null ? "" : cue;
        if (expected != null && status != Status.PLANNED) {
            throw new IllegalArgumentException("only a plan has an expected date");
        }
    }

    /** What an article does with a statement. */
    public enum Status {
        /** Stated as true: the plain fact. */
        ASSERTED,
        /** Said not to have happened or not to hold: "did not sign", "denied meeting", "never visited". */
        NEGATED,
        /** Not yet: "will meet", "plans to sign", "is expected to visit". */
        PLANNED,
        /** Supposed, asked or possible: "if they sign", "could meet", "did they meet?". */
        HYPOTHETICAL,
        /** Claimed by one side against another: "accused X of attacking Y", "alleged". */
        ALLEGED;

        /** The ontology's local name of the status individual, e.g. {@code Negated}. */
        public String localName() {
            String n = name().toLowerCase(java.util.Locale.ROOT);
            return Character.toUpperCase(n.charAt(0)) + n.substring(1);
        }
    }

    /**
     * Who an article attributes a statement to.
     *
     * @param text   the words that name the source, as written ("a source familiar with the plan")
     * @param entity the article's entity it is ({@link LocalEntity#id()}), or {@link Assertion#NONE}
     * @param slug   after resolution, the merged entity's slug, else null
     */
    public record Attribution(String text, int entity, String slug) {
        public Attribution {
            Objects.requireNonNull(text, "text");
        }

        public Attribution withSlug(String s) {
            return new Attribution(text, entity, s);
        }
    }

    public boolean asserted() {
        return status == Status.ASSERTED;
    }

    public Factuality withSource(Attribution a) {
        return new Factuality(status, cue, expected, a);
    }
}
