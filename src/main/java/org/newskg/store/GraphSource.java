package org.newskg.store;

import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.jena.rdf.model.Model;

/**
 * The graphs a store is to hold, handed over one at a time (name, then triples), in order: a build
 * makes each article's graph when its turn comes ({@code CorpusGraphs.each}), so that the store keeps
 * only what it must write and never the whole corpus' RDF. Read once per update.
 */
@FunctionalInterface
public interface GraphSource {
    void each(BiConsumer<String, Model> sink);

    /**
     * Whether the caller knows that the store holds this graph exactly, so that it need not be read
     * back and compared: a build that kept the digests of the graphs it stored, while the store's files
     * are as it left them. No by default.
     */
    default boolean stored(String name, Model graph) {
        return false;
    }

    /** Graphs already in hand, in the map's order. */
    static GraphSource of(Map<String, Model> graphs) {
        return graphs::forEach;
    }
}
