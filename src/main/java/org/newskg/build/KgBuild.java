package org.newskg.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.newskg.extract.FactExtractor;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.Document;
import org.newskg.ingest.IngestResult;
import org.newskg.model.Corpus;
import org.newskg.model.DocumentFacts;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.rdf.CorpusGraphs;
import org.newskg.resolve.Resolver;
import org.newskg.store.KgStore;
import org.newskg.store.StoreSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A build: articles in, graph stored. Runs the stages in order: ingest, nlp, extract, resolve, rdf,
 * store. The store ends up holding exactly the graph of these articles, so building twice is the same
 * as building once.
 *
 * <pre>
 * BuildReport r = KgBuild.create()
 *     .articles(List.of(Path.of("seeds")))
 *     .store(StoreSpec.tdb2(Path.of("store")))
 *     .annotator(() -&gt; CoreNlpAnnotator.load(NlpConfig.defaults()))
 *     .run();
 * </pre>
 */
public final class KgBuild {
    private static final Logger LOG = LoggerFactory.getLogger(KgBuild.class);

    private List<Path> articles = List.of();
    private StoreSpec store;
    private Supplier<CoreNlpAnnotator> annotator;
    private long maxBytes = ArticleReader.DEFAULT_MAX_BYTES;

    private KgBuild() {}

    public static KgBuild create() {
        return new KgBuild();
    }

    public KgBuild articles(List<Path> paths) {
        this.articles = List.copyOf(paths);
        return this;
    }

    public KgBuild store(StoreSpec spec) {
        this.store = spec;
        return this;
    }

    /** Where the CoreNLP pipeline comes from; called at most once, and only when there is text to annotate. */
    public KgBuild annotator(Supplier<CoreNlpAnnotator> supplier) {
        this.annotator = supplier;
        return this;
    }

    public KgBuild maxBytes(long bytes) {
        this.maxBytes = bytes;
        return this;
    }

    /** Runs the build into the store given by {@link #store(StoreSpec)}. */
    public BuildReport run() {
        Objects.requireNonNull(store, "no store given");
        try (KgStore kg = KgStore.open(store)) {
            return runInto(kg);
        }
    }

    /** Runs the build into an open store (an in-memory one in tests). */
    public BuildReport runInto(KgStore kg) {
        Objects.requireNonNull(annotator, "no annotator given");
        long t0 = System.nanoTime();
        IngestResult in = new ArticleReader(maxBytes).read(articles);
        in.problems().forEach(p -> LOG.warn("skipped {}", p));
        List<DocumentFacts> facts = new ArrayList<>();
        if (!in.documents().isEmpty()) {
            CoreNlpAnnotator nlp = annotator.get();
            FactExtractor extractor = FactExtractor.load();
            for (Document d : in.documents()) {
                LOG.debug("annotating {}", d.source());
                facts.add(extractor.extract(d, nlp.annotate(d)));
            }
        }
        Corpus corpus = Resolver.resolve(facts);
        Map<String, Model> graphs = CorpusGraphs.of(corpus);
        long triples = graphs.values().stream().mapToLong(Model::size).sum();
        kg.replaceAll(graphs);
        Map<EntityType, Integer> byType = new EnumMap<>(EntityType.class);
        for (Entity e : corpus.entities()) {
            byType.merge(e.type(), 1, Integer::sum);
        }
        return new BuildReport(in.documents().size(), in.problems(), byType, corpus.facts().size(), triples,
                (System.nanoTime() - t0) / 1e9);
    }
}
