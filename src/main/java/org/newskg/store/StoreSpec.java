package org.newskg.store;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the graph lives: in memory (tests, one-off runs), a TDB2 folder on disk (the default), or a
 * SPARQL 1.1 store on the network (Fuseki, GraphDB, Virtuoso, Neptune, ...).
 *
 * @param kind        which store
 * @param folder      the TDB2 folder; null otherwise
 * @param endpoint    a remote store's SPARQL query endpoint (the dataset's URL); null otherwise
 * @param graphStore  a remote store's Graph Store Protocol endpoint; the query endpoint unless the store
 *                    has its own (GraphDB's {@code /rdf-graphs/service}, Virtuoso's {@code /sparql-graph-crud})
 * @param credentials for HTTP basic authentication with a remote store; never printed
 */
public record StoreSpec(Kind kind, Path folder, URI endpoint, URI graphStore, Optional<Credentials> credentials) {
    public enum Kind { MEMORY, TDB2, REMOTE }

    public StoreSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(credentials, "credentials");
        if (kind == Kind.TDB2) {
            Objects.requireNonNull(folder, "a TDB2 store needs a folder");
        }
        if (kind == Kind.REMOTE) {
            Objects.requireNonNull(endpoint, "a remote store needs its SPARQL endpoint");
            graphStore = graphStore == null ? endpoint : graphStore;
        }
    }

    public static StoreSpec memory() {
        return new StoreSpec(Kind.MEMORY, null, null, null, Optional.empty());
    }

    public static StoreSpec tdb2(Path folder) {
        return new StoreSpec(Kind.TDB2, folder, null, null, Optional.empty());
    }

    /** A SPARQL 1.1 store whose query and Graph Store Protocol endpoints are both {@code endpoint}, as in Fuseki. */
    public static StoreSpec remote(URI endpoint, Optional<Credentials> credentials) {
        return remote(endpoint, endpoint, credentials);
    }

    public static StoreSpec remote(URI endpoint, URI graphStore, Optional<Credentials> credentials) {
        return new StoreSpec(Kind.REMOTE, null, endpoint, graphStore, credentials);
    }

    /** Whether {@code --store} names a remote store (an http or https URL) rather than a folder. */
    public static boolean isUrl(String store) {
        String s = store.toLowerCase(java.util.Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    @Override
    public String toString() {
        return switch (kind) {
            case MEMORY -> "memory";
            case TDB2 -> folder + " (TDB2)";
            case REMOTE -> endpoint + " (SPARQL)";
        };
    }
}
