package org.newskg.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newskg.ingest.Problem;
import org.newskg.model.EntityType;

/**
 * What a build did, for the summary a person reads and for tests.
 *
 * @param articles       articles read
 * @param skipped        input files not read, each with its reason
 * @param entitiesByType merged entities per class
 * @param facts          facts in the graph
 * @param triples        triples in the graph
 * @param seconds        wall time of the whole build
 * @param annotated      articles annotated by CoreNLP in this build (the others came from the cache)
 * @param graphsWritten  named graphs written to the store (new or changed)
 * @param graphsDropped  named graphs removed from the store (articles no longer given)
 * @param phases         wall seconds of each stage, in order (some overlap: cached articles are read
 *                       while the models load)
 * @param change         what the build changed, as recorded in the store's history; empty when it
 *                       changed nothing or was not recorded
 * @param curations      what the store's curations did to the graph, and which applied to nothing
 * @param graphDigests   the digest of every graph given to the store ({@link org.newskg.rdf.GraphDigest}), by
 *                       name, for the next build to trust while the store is as this one left it
 */
public record BuildReport(int articles, List<Problem> skipped, Map<EntityType, Integer> entitiesByType,
                          int facts, long triples, double seconds, int annotated, int graphsWritten,
                          int graphsDropped, Map<String, Double> phases, java.util.Optional<org.newskg.history.CorpusChange> change,
                          org.newskg.curate.Curator.Outcome curations, Map<String, String> graphDigests) {
    public BuildReport {
        graphDigests = Map.copyOf(graphDigests);
        java.util.Objects.requireNonNull(change, "change");
        java.util.Objects.requireNonNull(curations, "curations");
        skipped = List.copyOf(skipped);
        entitiesByType = Map.copyOf(entitiesByType);
        phases = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(phases));
    }

    public int entities() {
        return entitiesByType.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "Person 6, Organization 7, ...": entities per class, in the classes' order. */
    public String typesLine() {
        return entitiesByType.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().localName() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** Articles whose annotation came from the cache. */
    public int cached() {
        return articles - annotated;
    }

    /** "read 0.1 s, cache 0.8 s, models 24.3 s, ..." for the build summary. */
    public String phasesLine() {
        return phasesLine(phases);
    }

    /** Seconds per phase, in order: "read 0.1 s, models 24.9 s, ...". */
    public static String phasesLine(Map<String, Double> phases) {
        return phases.entrySet().stream()
                .map(e -> String.format(java.util.Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
