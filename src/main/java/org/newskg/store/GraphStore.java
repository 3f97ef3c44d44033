package org.newskg.store;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;

/**
 * Where NewsKG keeps its graph: one named graph per article plus the entities graph, queried as their
 * union. Two kinds: {@link KgStore}, a Jena dataset on this machine (TDB2 or memory), and
 * {@link RemoteStore}, any SPARQL 1.1 store over HTTP. Commands use only this interface, so each works
 * with either.
 *
 * <pre>
 * try (GraphStore store = GraphStore.openExisting(spec)) {
 *     long n = store.query(QueryFactory.create("SELECT * { ?s ?p ?o }"), qe -&gt; count(qe.execSelect()));
 * }
 * </pre>
 */
public interface GraphStore extends AutoCloseable {
    /** Opens (for a folder: creating if needed) the store; a store in use by another process is a clear error. */
    static GraphStore open(StoreSpec spec) {
        return spec.kind() == StoreSpec.Kind.REMOTE ? RemoteStore.connect(spec) : KgStore.open(spec);
    }

    /**
     * Opens a store that must exist already: a folder that holds no store is an error, not a new empty
     * store (a typo in --store should not look like an empty graph).
     */
    static GraphStore openExisting(StoreSpec spec) {
        if (spec.kind() == StoreSpec.Kind.TDB2 && !Files.isDirectory(spec.folder())) {
            throw new StoreException("no store at " + spec.folder() + "; run 'newskg build' first or give --store");
        }
        return open(spec);
    }

    StoreSpec spec();

    /**
     * Runs a query against the union of the graphs; {@code action} reads the results before this
     * returns (they are not valid after).
     */
    <T> T query(Query query, Function<QueryExecution, T> action);

    /**
     * Reads the whole graph as a dataset (named graphs, union default graph). A remote store is read
     * into memory first: for exports, validation and scoring, which read everything anyway.
     */
    <T> T read(Function<Dataset, T> action);

    /**
     * Makes the store hold exactly these graphs among NewsKG's: new and changed ones written, the ones
     * not given dropped. Each kind says how it batches and what a crash midway leaves.
     */
    default GraphUpdate update(Map<String, Model> graphs, int batchSize) {
        return update(GraphSource.of(graphs), batchSize, UpdateRecord.NONE);
    }

    /**
     * {@link #update(Map, int)}, with the graphs made one at a time and the record of what it changes:
     * {@code record} is asked, once the store knows that something will change, for graphs of the
     * store's history to write with the last batch (see {@link org.newskg.rdf.NKG#isHistory}); it is
     * not asked when nothing changes.
     */
    GraphUpdate update(GraphSource graphs, int batchSize, UpdateRecord record);

    /** Replaces one named graph (of the store's own, such as the curations) in one transaction or request. */
    void replaceGraph(String name, Model graph);

    /** Names of NewsKG's named graphs in the store, sorted. */
    List<String> graphNames();

    @Override
    void close();
}
