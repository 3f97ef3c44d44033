package org.newskg.model;

/**
 * A fact the knowledge base supplies rather than an article ("Lyon is in France"): it has no
 * article, sentence or offsets, only what it was derived from.
 *
 * @param basis the knowledge base's entry it comes from, e.g. {@code kb/cities.tsv: Lyon (FR)}
 */
public record Derived(String subject, Relation relation, String object, String basis) {}
