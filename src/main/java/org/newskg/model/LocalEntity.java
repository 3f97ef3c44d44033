package org.newskg.model;

import java.util.List;
import java.util.Set;

/**
 * A thing one article talks about, before it is merged with the other articles' entities.
 *
 * @param id       index within its article (assertions refer to it)
 * @param type     its class
 * @param name     the fullest name the article gives it
 * @param names    every name the article uses for it (not pronouns), in alphabetical order: the same in
 *                 every run and in every record of it (a {@code Set.copyOf} iterates in an order of
 *                 its own in each JVM)
 * @param key      what identifies the same thing across articles where something does (a country's
 *                 code from the gazetteer), else null: then its names do
 * @param mentions where the article names or refers to it
 */
public record LocalEntity(int id, EntityType type, String name, Set<String> names, EntityKey key, List<Mention> mentions) {
    public LocalEntity {
        names = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(names));
        mentions = List.copyOf(mentions);
    }
}
