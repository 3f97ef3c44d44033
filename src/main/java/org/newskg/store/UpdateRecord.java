package org.newskg.store;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;

/**
 * The store's record of an update ({@link GraphStore#update}), made by the caller from the store
 * itself: asked what the store holds before the first write and after the last, it returns the
 * graphs of the history to write with the last batch, so that a store holds an update's record
 * exactly when it holds the update's graph. Neither method is called when nothing changes.
 */
public interface UpdateRecord {
    /** Records nothing. */
    UpdateRecord NONE = new UpdateRecord() {
        @Override
        public void before(Optional<Changed> changed, BiConsumer<Query, Consumer<QuerySolution>> store) {}

        @Override
        public Map<String, Model> after(BiConsumer<Query, Consumer<QuerySolution>> store) {
            return Map.of();
        }
    };

    /**
     * Before the first write.
     *
     * @param changed what the update changes, when the store compares graphs (a local store); empty when
     *               it writes everything (a remote one)
     * @param store  runs a SELECT query on the store as it is and hands each row over
     */
    void before(Optional<Changed> changed, BiConsumer<Query, Consumer<QuerySolution>> store);

    /**
     * In the last write, after its graphs are written: the history's graphs to add.
     *
     * @param store runs a SELECT query on the store as the last batch leaves it
     */
    Map<String, Model> after(BiConsumer<Query, Consumer<QuerySolution>> store);

    /**
     * The part of the store an update changes, in its two versions: the article graphs written or
     * dropped, each as stored ({@code before}) and as given ({@code after}), with the part of the
     * entities graph about the entities they name or whose description changes. Everything else is
     * the same before and after.
     */
    record Changed(Map<String, Model> before, Map<String, Model> after) {
        public Changed {
            before = Map.copyOf(before);
            after = Map.copyOf(after);
        }
    }
}
