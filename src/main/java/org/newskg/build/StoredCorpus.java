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
        if (spec.kind() == StoreSpec.Kind.TDB2 && KgMerge.isNewStore(spec.folder())) {    // not opened: it would become a store
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

    /**
     * Newer articles (read from files, fetched from URLs) followed by the stored ones that none of them
     * replaces: a newer article replaces a stored one with the same id, or with a source in common (a
     * file or page read again with new text).
     */
    public static List<Document> replacing(List<Document> newer, List<Document> stored) {
        Set<String> ids = new HashSet<>();
        Set<String> sources = new HashSet<>();
        newer.forEach(d -> {
            ids.add(d.id());
            sources.addAll(d.sources());
        });
        List<Document> all = new java.util.ArrayList<>(newer);
        stored.stream().filter(d -> !ids.contains(d.id()) && d.sources().stream().noneMatch(sources::contains)).forEach(all::add);
        return all;
    }
}
