package org.newskg.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the graph lives: in memory (tests, one-off runs) or a TDB2 folder on disk (the default).
 *
 * @param kind   which store
 * @param folder the TDB2 folder; null in memory
 */
public record StoreSpec(Kind kind, Path folder) {
    public enum Kind { MEMORY, TDB2 }

    public StoreSpec {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.TDB2) {
            Objects.requireNonNull(folder, "a TDB2 store needs a folder");
        }
    }

    public static StoreSpec memory() {
        return new StoreSpec(Kind.MEMORY, null);
    }

    public static StoreSpec tdb2(Path folder) {
        return new StoreSpec(Kind.TDB2, folder);
    }

    @Override
    public String toString() {
        return kind == Kind.MEMORY ? "memory" : folder + " (TDB2)";
    }
}
