package org.newskg.model;

/**
 * A fact that no article states: the knowledge base supplies it ("Lyon is in France"), or a person
 * asserted it ({@code newskg curate assert}). It has no article, sentence or offsets, only what it
 * was derived from.
 *
 * @param basis  in words, e.g. {@code kb/cities.tsv: Lyon (FR)}, or the curation and its reason
 * @param curation the number of the curation that asserted it; 0 for a fact of the knowledge base
 */
public record Derived(String subject, Relation relation, String object, String basis, int curation) {
    /** A fact of the knowledge base. */
    public Derived(String subject, Relation relation, String object, String basis) {
        this(subject, relation, object, basis, 0);
    }
}
