package org.newskg.build;

import java.util.List;
import java.util.Map;
import org.newskg.ingest.Problem;
import org.newskg.model.EntityType;

/** What a build did, for the summary a person reads and for tests. */
public record BuildReport(int articles, List<Problem> skipped, Map<EntityType, Integer> entitiesByType,
                          int facts, long triples, double seconds) {
    public BuildReport {
        skipped = List.copyOf(skipped);
        entitiesByType = Map.copyOf(entitiesByType);
    }

    public int entities() {
        return entitiesByType.values().stream().mapToInt(Integer::intValue).sum();
    }
}
