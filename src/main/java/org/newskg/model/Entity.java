package org.newskg.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One real-world thing, merged across the articles that mention it.
 *
 * @param slug      stable identifier part of its IRI (same input, same slug)
 * @param type      its class
 * @param prefLabel the label to show
 * @param altLabels every other name the articles use
 * @param mentions  per article id, where that article mentions it
 */
public record Entity(String slug, EntityType type, String prefLabel, Set<String> altLabels, Map<String, List<Mention>> mentions) {
    public Entity {
        altLabels = Set.copyOf(altLabels);
        mentions = Map.copyOf(mentions);
    }
}
