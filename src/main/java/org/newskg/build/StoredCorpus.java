package org.newskg.build;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newskg.model.Document;
import org.newskg.rdf.StoredArticles;
import org.newskg.store.GraphStore;
import org.newskg.store.StoreSpec;

/**
 * What a store holds as a corpus: its articles, for the commands that change it without rebuilding
 * it from files ({@code add}, {@code remove}) and for the check that {@code build} drops nothing it
 * was not told to.
 */
public final class StoredCorpus {
    private StoredCorpus() {}

    /** The ids of the stored articles; none for a folder that holds no store yet. */
    public static List<String> ids(StoreSpec spec) {
        if (spec.kind() == StoreSpec.Kind.TDB2 && !Files.isDirectory(spec.folder())) {
            return List.of();
        }
        try (GraphStore store = GraphStore.open(spec)) {
            return StoredArticles.ids(store.graphNames());
        }
    }

    /** The stored articles that are not among {@code docs} (by id): what a build of {@code docs} alone would drop. */
    public static List<String> notAmong(StoreSpec spec, List<Document> docs) {
        Set<String> given = new HashSet<>();
        docs.forEach(d -> given.add(d.id()));
        return ids(spec).stream().filter(id -> !given.contains(id)).toList();
    }

    /** Every stored article, read back from its graph. */
    public static List<Document> documents(StoreSpec spec) {
        if (spec.kind() == StoreSpec.Kind.TDB2 && !Files.isDirectory(spec.folder())) {
            return List.of();
        }
        try (GraphStore store = GraphStore.open(spec)) {
            return store.read(StoredArticles::read);
        }
    }
}
