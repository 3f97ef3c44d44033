package org.newskg.model;

/**
 * Who an entity is in the world: its Wikidata item and, when known, its English Wikipedia article.
 *
 * @param qid       e.g. {@code Q142}
 * @param wikipedia the article's title, e.g. {@code France}, or null
 */
public record Identity(String qid, String wikipedia) {
    public Identity {
        if (qid == null || !qid.matches("Q\\d+")) {
            throw new IllegalArgumentException("not a Wikidata item id: " + qid);
        }
        wikipedia = wikipedia == null || wikipedia.isBlank() ? null : wikipedia;
    }
}
