package org.newskg.model;

import java.util.List;
import java.util.Set;

/**
 * A thing one article talks about, before it is merged with the other articles' entities.
 *
 * @param id       index within its article (assertions refer to it)
 * @param type     its class
 * @param name     the fullest name the article gives it
 * @param names    every name the article uses for it (not pronouns)
 * @param key      a normalized key that identifies the same thing across articles where one is
 *                 known (a country's code from the gazetteer), else empty
 * @param mentions where the article names or refers to it
 */
public record LocalEntity(int id, EntityType type, String name, Set<String> names, String key, List<Mention> mentions) {
    public LocalEntity {
        names = Set.copyOf(names);
        mentions = List.copyOf(mentions);
    }
}
