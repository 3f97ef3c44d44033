package org.newskg.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.newskg.NewsKgException;
import org.newskg.extract.ExtractionPipeline;
import org.newskg.ingest.ArticleReader;
import org.newskg.kb.KnowledgeBase;
import org.newskg.ingest.IngestResult;
import org.newskg.model.Corpus;
import org.newskg.model.Document;
import org.newskg.model.DocumentFacts;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.nlp.AnnotationCache;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.nlp.ParsedText;
import org.newskg.curate.Curation;
import org.newskg.curate.Curator;
import org.newskg.history.Change;
import org.newskg.history.ChangeSet;
import org.newskg.history.CorpusChange;
import org.newskg.history.CorpusState;
import org.newskg.rdf.ChangeGraphs;
import org.newskg.rdf.CorpusGraphs;
import org.newskg.rdf.CurationGraph;
import org.newskg.rdf.NKG;
import org.newskg.resolve.Resolver;
import org.newskg.store.GraphStore;
import org.newskg.store.GraphUpdate;
import org.newskg.store.UpdateRecord.Changed;
import org.newskg.store.StoreSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A build: articles in, graph stored. Runs the stages in order: ingest, nlp, extract, resolve, rdf,
 * store. The store ends up holding exactly the graph of these articles, so building twice is the same
 * as building once.
 *
 * <p>Speed: NLP is the whole cost, so it is done at most once per article and on every core. Each
 * article's facts are looked up in the facts cache ({@link FactsCache}, beside the annotations), then
 * its annotation in the {@link AnnotationCache}; only the articles found in neither are annotated, by {@link #threads} workers sharing one CoreNLP pipeline, and the models
 * are loaded only when there is such an article (while the cached ones are being read). Everything
 * after NLP runs from every article's facts on each build (merging is global, and cheap), and the
 * store is updated graph by graph: unchanged graphs are left alone, changed ones written and removed
 * articles' graphs dropped in {@link #writeBatch} batches of one transaction each, every one of which
 * leaves a graph that validates ({@link org.newskg.rdf.UpdatePlan}), so a killed build does no harm.
 * The result does not depend on the number of threads: every article's facts keep the articles' order.
 *
 * <pre>
 * BuildReport r = KgBuild.create()
 *     .articles(List.of(Path.of("seeds")))
 *     .store(StoreSpec.tdb2(Path.of("store")))
 *     .cache(AnnotationCache.open(Path.of("cache"), NlpConfig.defaults()))
 *     .annotator(() -&gt; CoreNlpAnnotator.load(NlpConfig.defaults()))
 *     .run();
 * </pre>
 */
public final class KgBuild {
    private static final Logger LOG = LoggerFactory.getLogger(KgBuild.class);
    /** Graphs per write transaction by default: small enough to bound a transaction, large enough to be cheap. */
    public static final int DEFAULT_WRITE_BATCH = 64;

    private List<Path> articles = List.of();
    private StoreSpec store;
    private java.util.function.Function<List<Document>, CoreNlpAnnotator> annotator;
    private AnnotationCache cache = AnnotationCache.none();
    private List<Document> documents = List.of();
    private IngestResult read;
    private double readSeconds;
    private BuildProgress progress = BuildProgress.NONE;
    private int threads = Runtime.getRuntime().availableProcessors();
    private int writeBatch = DEFAULT_WRITE_BATCH;
    private long maxBytes = ArticleReader.DEFAULT_MAX_BYTES;
    private History history = History.NONE;
    private Map<String, String> storedDigests;    // null: the caller keeps no digests

    private KgBuild() {}

    public static KgBuild create() {
        return new KgBuild();
    }

    public KgBuild articles(List<Path> paths) {
        this.articles = List.copyOf(paths);
        return this;
    }

    /**
     * The articles as already read from {@link #articles}'s paths (the command line reads them first,
     * to list bad files before the long part), so that they are not read twice: at 20,000 articles
     * a second read cost several seconds.
     */
    public KgBuild articlesRead(IngestResult read, double seconds) {
        this.read = Objects.requireNonNull(read, "read");
        this.readSeconds = seconds;
        return this;
    }

    /**
     * Articles already in hand (read back from the store by {@code add} and {@code remove}), built with
     * the files: a file's article with the same id, or from the same source, takes its place.
     */
    public KgBuild documents(List<Document> docs) {
        this.documents = List.copyOf(docs);
        return this;
    }

    public KgBuild store(StoreSpec spec) {
        this.store = spec;
        return this;
    }

    /** Where the CoreNLP pipeline comes from; called at most once, and only when there is text to annotate. */
    public KgBuild annotator(Supplier<CoreNlpAnnotator> supplier) {
        Objects.requireNonNull(supplier, "supplier");
        this.annotator = docs -> supplier.get();
        return this;
    }

    /**
     * Where the CoreNLP pipeline comes from, given the articles it is loaded for (those found in no
     * cache: {@link CoreNlpAnnotator#loadFor} readies a pipeline for them sooner); called at most once.
     */
    public KgBuild annotatorFor(java.util.function.Function<List<Document>, CoreNlpAnnotator> loader) {
        this.annotator = Objects.requireNonNull(loader, "loader");
        return this;
    }

    /** Where annotations are kept between builds; none by default. */
    public KgBuild cache(AnnotationCache cache) {
        this.cache = Objects.requireNonNull(cache, "cache");
        return this;
    }

    public KgBuild progress(BuildProgress progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        return this;
    }

    /** Articles annotated at once, each by its own thread on the one shared pipeline; the number of cores by default. */
    public KgBuild threads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be positive: " + n);
        }
        this.threads = n;
        return this;
    }

    /** Graphs written per store transaction ({@link GraphStore#update}); {@value #DEFAULT_WRITE_BATCH} by default. */
    public KgBuild writeBatch(int graphs) {
        if (graphs < 1) {
            throw new IllegalArgumentException("writeBatch must be positive: " + graphs);
        }
        this.writeBatch = graphs;
        return this;
    }

    /** What to record in the store's history; nothing by default (tests, benchmarks). */
    public KgBuild history(History history) {
        this.history = Objects.requireNonNull(history, "history");
        return this;
    }

    /**
     * Whether and how a build records what it changed in the store's history ({@link ChangeGraphs}).
     *
     * @param command        what was run, in the user's words ("add more/"); empty for no record
     * @param contradictions the saved query {@code contradictions}, to record disputes that come or go
     */
    public record History(String command, Optional<Query> contradictions) {
        public static final History NONE = new History("", Optional.empty());

        public History {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(contradictions, "contradictions");
        }

        public boolean records() {
            return !command.isEmpty();
        }
    }

    /**
     * The digests of the graphs the store holds ({@link BuildReport#graphDigests} of the last build),
     * when the caller knows the store is as that build left it: a graph made again with the same
     * digest is not read back from the store to be compared. Only a build given this (if empty)
     * reports its graphs' digests.
     */
    public KgBuild storedDigests(Map<String, String> digests) {
        this.storedDigests = Map.copyOf(digests);
        return this;
    }

    public KgBuild maxBytes(long bytes) {
        this.maxBytes = bytes;
        return this;
    }

    /**
     * Runs the build into the store given by {@link #store(StoreSpec)}. The store is opened first, so
     * that a store in use by another process is refused at once, before any model is loaded; a TDB2
     * folder that holds no store yet is bulk-loaded instead ({@link KgMerge#loadNewStore}).
     */
    public BuildReport run() {
        Objects.requireNonNull(store, "no store given");
        if (store.kind() == StoreSpec.Kind.TDB2 && KgMerge.isNewStore(store.folder()) && documents.isEmpty()) {
            // A new store is bulk-loaded as 'merge' loads one: the same graph, streamed graph by graph
            // instead of held whole in write transactions (merge's figures at 10,000 articles: 4 times
            // faster, in a third of the memory); built beside the folder, moved into place when complete.
            Extraction x = extract();
            return KgMerge.loadNewStore(x, Resolved.of(x.facts(), List.of()), store.folder(), history);
        }
        try (GraphStore kg = GraphStore.open(store)) {
            return runInto(kg);
        }
    }

    /**
     * What made an article's facts: CoreNLP's version, the annotators' configuration and the
     * extractor's version (fingerprints). Extraction records carry it, so records made by different
     * pipelines can be told apart.
     */
    public static String pipeline(org.newskg.nlp.NlpConfig config) {
        String extractor = FactsCache.extractorVersion();
        return "CoreNLP " + org.newskg.nlp.NlpConfig.coreNlpVersion() + ", configuration " + config.fingerprint()
                + ", extractor " + (extractor == null ? "unknown" : extractor);
    }

    /**
     * Deletes what the cache keeps for any article but these (their annotations and facts stay), and
     * the cache folders of other pipeline configurations: {@code build --prune-cache}.
     */
    public AnnotationCache.Pruned pruneCache(java.util.Collection<Document> keep) {
        try {
            return cache.prune(keep);
        } catch (java.io.IOException e) {
            throw new NewsKgException("cannot prune the cache " + cache.folder() + ": " + e.getMessage()
                    + "; the build itself is done", e);
        }
    }

    /**
     * Keeps an article's facts in the facts cache beside {@code cache}, as a build that extracted
     * them would, so that a build finds them without CoreNLP. {@code bench/scaling-build} makes
     * corpora of tens of thousands of articles this way, from extraction records.
     */
    public static void cacheFacts(AnnotationCache cache, DocumentFacts facts) {
        FactsCache.beside(cache).put(facts.document(), facts);
    }

    /** Runs the build into an open store (an in-memory one in tests). */
    public BuildReport runInto(GraphStore kg) {
        Objects.requireNonNull(kg, "kg");
        Extraction x = extract();
        return store(x, Resolved.of(x.facts(), curations(kg)), kg, writeBatch, history, storedDigests);
    }

    /**
     * What the articles say, each on its own: the ingest, nlp and extract stages, with the caches and
     * threads of this build, and no store. {@code newskg annotate} writes these as extraction records.
     */
    public Extraction extract() {
        Objects.requireNonNull(annotator, "no annotator given");
        Map<String, Double> phases = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        IngestResult in = read != null ? read : new ArticleReader(maxBytes).read(articles);
        in.problems().forEach(p -> LOG.warn("skipped {}", p));
        phases.put("read", read != null ? readSeconds : since(t0));
        List<Document> docs = withStored(in.documents());
        if (docs.isEmpty()) {
            loadKnowledgeBase();    // resolution still needs it
        }
        Facts facts = docs.isEmpty() ? new Facts(List.of(), 0) : factsOf(docs, phases);
        return new Extraction(facts.facts(), in.problems(), facts.annotated(), phases, since(t0) + (read != null ? readSeconds : 0));
    }

    /** The documents read from files, then the ones in hand that none of them replaces (same id or same source). */
    private List<Document> withStored(List<Document> read) {
        if (documents.isEmpty()) {
            return read;
        }
        List<Document> all = new java.util.ArrayList<>(StoredCorpus.replacing(read, documents));
        all.sort(java.util.Comparator.comparing(Document::source));
        return all;
    }

    /**
     * What {@link #extract} found.
     *
     * @param facts     every article's facts, in the articles' order
     * @param skipped   files that could not be read as articles, with the reason
     * @param annotated articles annotated by CoreNLP (the others came from the caches)
     * @param phases    seconds spent in each phase
     * @param seconds   wall time
     */
    public record Extraction(List<DocumentFacts> facts, List<org.newskg.ingest.Problem> skipped, int annotated,
                             Map<String, Double> phases, double seconds) {
        public Extraction {
            facts = List.copyOf(facts);
            skipped = List.copyOf(skipped);
            phases = new LinkedHashMap<>(phases);
        }
    }

    /**
     * The resolve and rdf stages: the articles' facts merged into one corpus, and its graphs, made one
     * at a time ({@link #eachGraph}) for a writer that streams them.
     */
    public static final class Resolved {
        private final Corpus corpus;
        private final double seconds;
        private final Curator.Outcome curations;

        public Resolved(Corpus corpus, double seconds, Curator.Outcome curations) {
            this.corpus = Objects.requireNonNull(corpus, "corpus");
            this.seconds = seconds;
            this.curations = curations;
        }

        public static Resolved of(List<DocumentFacts> facts) {
            return of(facts, List.of());
        }

        /** The articles' facts merged, then people's corrections applied ({@link Curator}). */
        public static Resolved of(List<DocumentFacts> facts, List<Curation> curations) {
            long t = System.nanoTime();
            Curator.Applied curated = Curator.apply(Resolver.resolve(facts), curations);
            return new Resolved(curated.corpus(), since(t), curated.outcome());
        }

        public Corpus corpus() {
            return corpus;
        }

        /** Time taken to resolve. */
        public double seconds() {
            return seconds;
        }

        public Curator.Outcome curations() {
            return curations;
        }

        /** The graphs of {@link CorpusGraphs#of}, in its order, one at a time: made, handed over, forgotten. */
        public void eachGraph(BiConsumer<String, Model> sink) {
            CorpusGraphs.each(corpus, sink);
        }
    }

    /**
     * The resolve, rdf and store stages: merges the articles' facts into one graph and makes the store
     * hold exactly it, in transactions of {@code writeBatch} graphs. {@code newskg merge} runs this on
     * extraction records made elsewhere.
     */
    public static BuildReport store(Extraction x, GraphStore kg, int writeBatch, History history) {
        return store(x, Resolved.of(x.facts(), curations(kg)), kg, writeBatch, history);
    }

    private static final Query CURATIONS = org.apache.jena.query.QueryFactory.create(
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + NKG.CURATIONS_GRAPH + "> { ?s ?p ?o } }");

    /** The store's curations ({@code newskg curate}), in the order they apply. */
    public static List<Curation> curations(GraphStore kg) {
        Model m = kg.query(CURATIONS, org.apache.jena.query.QueryExecution::execConstruct);
        try {
            return CurationGraph.read(m);
        } catch (IllegalArgumentException e) {
            throw new NewsKgException("the store's curations cannot be read (" + e.getMessage() + "); fix them with 'newskg curate"
                    + " export' and 'import', or drop the one named; nothing was changed", e);
        }
    }

    /**
     * {@link #store(Extraction, GraphStore, int, History)} with the corpus already resolved. The graphs
     * are made one at a time as the store takes them ({@link Resolved#eachGraph}), and what the build
     * changes is recorded (when {@code history} says so) as a graph written with the last batch, so
     * that a store holds a build's record exactly when it holds the build's graph.
     */
    public static BuildReport store(Extraction x, Resolved resolved, GraphStore kg, int writeBatch, History history) {
        return store(x, resolved, kg, writeBatch, history, null);
    }

    /**
     * {@link #store(Extraction, Resolved, GraphStore, int, History)}, trusting these digests of the
     * stored graphs ({@link #storedDigests}) and reporting the graphs' digests; null for neither.
     */
    static BuildReport store(Extraction x, Resolved resolved, GraphStore kg, int writeBatch, History history, Map<String, String> stored) {
        Map<String, Double> phases = new LinkedHashMap<>(x.phases());
        phases.put("resolve", resolved.seconds());
        long t2 = System.nanoTime();
        java.time.Instant started = java.time.Instant.now().minusMillis(Math.round((x.seconds() + resolved.seconds()) * 1000));
        long[] triples = {0};
        Map<String, String> digests = new java.util.HashMap<>();
        Recorder recorder = new Recorder(history, started);
        org.newskg.store.GraphSource graphs = new org.newskg.store.GraphSource() {
            @Override
            public void each(BiConsumer<String, Model> sink) {
                resolved.eachGraph((name, m) -> {
                    triples[0] += m.size();
                    String d = stored == null ? null : org.newskg.rdf.GraphDigest.of(m);
                    if (d != null) {
                        digests.put(name, d);
                    }
                    sink.accept(name, m);
                });
            }

            @Override
            public boolean stored(String name, Model graph) {
                String d = digests.get(name);
                return d != null && d.equals(stored.get(name));    // digests has none when stored is null
            }
        };
        GraphUpdate u = kg.update(graphs, writeBatch, history.records() ? recorder : org.newskg.store.UpdateRecord.NONE);
        Optional<CorpusChange> change = recorder.change;
        if (recorder.seconds >= 0) {
            phases.put("history", recorder.seconds);
        }
        phases.put("rdf+store", since(t2) - Math.max(0, recorder.seconds));
        LOG.info("store: {} graphs written in {} transactions, {} unchanged, {} dropped",
                u.written(), u.transactions(), u.unchanged(), u.dropped());
        Map<EntityType, Integer> byType = new EnumMap<>(EntityType.class);
        for (Entity e : resolved.corpus().entities()) {
            byType.merge(e.type(), 1, Integer::sum);
        }
        return new BuildReport(x.facts().size(), x.skipped(), byType, resolved.corpus().facts().size(), triples[0],
                x.seconds() + resolved.seconds() + since(t2), x.annotated(), u.written() - (change.isPresent() ? 1 : 0), u.dropped(),
                phases, change, resolved.curations(), digests);
    }

    /**
     * The history's record of one update: the state of what it changes, read from the store before the
     * first write and after the last (only the changed part when the store says which it is, the whole
     * store otherwise), and the change between them.
     */
    private static final class Recorder implements org.newskg.store.UpdateRecord {
        private final History history;
        private final java.time.Instant started;
        private Optional<Changed> part = Optional.empty();
        private CorpusState before;
        private Optional<CorpusChange> change = Optional.empty();
        private double seconds = -1;    // not asked: nothing changed

        Recorder(History history, java.time.Instant started) {
            this.history = history;
            this.started = started;
        }

        @Override
        public void before(Optional<Changed> change, BiConsumer<Query, Consumer<QuerySolution>> store) {
            long t = System.nanoTime();
            part = change;
            before = state(change.map(Changed::before), store);
            seconds = since(t);
        }

        @Override
        public Map<String, Model> after(BiConsumer<Query, Consumer<QuerySolution>> store) {
            long t = System.nanoTime();
            change = changes(before, state(part.map(Changed::after), store), history, started);
            seconds += since(t);
            return change.map(c -> Map.of(NKG.changeIri(c.sequence()), ChangeGraphs.graph(c))).orElse(Map.of());
        }

        private CorpusState state(Optional<Map<String, Model>> graphs, BiConsumer<Query, Consumer<QuerySolution>> store) {
            if (graphs.isEmpty()) {
                return ChangeGraphs.state(store, history.contradictions());
            }
            List<Model> facts = new ArrayList<>(part.get().before().values());
            facts.addAll(part.get().after().values());
            return ChangeGraphs.state(graphs.get(), facts, store, history.contradictions());
        }
    }

    /** The state of a store's corpus, as the history compares it ({@link ChangeGraphs#state}). */
    static CorpusState state(GraphStore kg, History history) {
        return ChangeGraphs.state((q, row) -> kg.query(q, qe -> {
            qe.execSelect().forEachRemaining(row);
            return null;
        }), history.contradictions());
    }

    /** What going from {@code before} to {@code after} changed, as the history records it; empty when nothing. */
    static Optional<CorpusChange> changes(CorpusState before, CorpusState after, History history, java.time.Instant started) {
        List<Change> changes = ChangeSet.between(before, after);
        return changes.isEmpty() ? Optional.empty()
                : Optional.of(new CorpusChange(before.lastSequence() + 1, history.command(), started, java.time.Instant.now(), changes));
    }

    private record Facts(List<DocumentFacts> facts, int annotated) {}

    /**
     * Every article's facts, in the articles' order. This thread loads the models as soon as some
     * article is found in neither cache (on this thread: the annotator supplier may take locks its
     * caller holds); meanwhile the pool reads the cached articles. Then the pool readies the extractor
     * and annotates the rest, longest first (so that no long article is left alone at the end).
     */
    private Facts factsOf(List<Document> docs, Map<String, Double> phases) {
        int n = docs.size();
        DocumentFacts[] out = new DocumentFacts[n];
        Supplier<ExtractionPipeline> extractor = once(ExtractionPipeline::load);    // not needed when every article's facts are cached
        FactsCache factsCache = FactsCache.beside(cache);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, n), workers());
        try {
            long t0 = System.nanoTime();
            List<Integer> missing = new ArrayList<>();
            List<Integer> cached = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Document d = docs.get(i);
                (factsCache.contains(d) || cache.contains(d) ? cached : missing).add(i);
            }
            List<Future<Boolean>> fromCache = new ArrayList<>();
            java.util.concurrent.atomic.AtomicLong lastCached = new java.util.concurrent.atomic.AtomicLong(t0);
            for (int i : cached) {
                fromCache.add(pool.submit(() -> {
                    Document d = docs.get(i);
                    try {
                        Optional<DocumentFacts> f = factsCache.get(d);
                        if (f.isPresent()) {
                            out[i] = f.get();
                            return true;
                        }
                        Optional<ParsedText> t = cache.parsed(d);
                        t.ifPresent(text -> {
                            out[i] = extractor.get().extract(text);
                            factsCache.put(d, out[i]);
                        });
                        return t.isPresent();
                    } finally {
                        lastCached.accumulateAndGet(System.nanoTime(), Math::max);
                    }
                }));
            }
            CoreNlpAnnotator nlp = null;
            if (!missing.isEmpty()) {
                // The models first: loading them keeps both cores busy, and the extractor and the
                // knowledge base (a second or two) are first needed once an article is annotated.
                nlp = loadModels(phases, missing.stream().map(docs::get).toList());
                pool.submit(extractor::get);
            } else {
                loadKnowledgeBase();    // alongside the caches' reading
            }
            for (int k = 0; k < cached.size(); k++) {
                if (!join(fromCache.get(k), docs.get(cached.get(k)))) {
                    missing.add(cached.get(k));    // unreadable entry: annotate it again
                }
            }
            if (!cached.isEmpty()) {
                phases.put("cache", (lastCached.get() - t0) / 1e9);    // ran alongside the model loading, if any
            }
            if (!missing.isEmpty()) {
                if (nlp == null) {
                    nlp = loadModels(phases, missing.stream().map(docs::get).toList());
                }
                missing.sort(java.util.Comparator.comparingInt((Integer i) -> -docs.get(i).text().length()).thenComparing(i -> i));
                long ta = System.nanoTime();
                CoreNlpAnnotator pipeline = nlp;
                progress.annotating(missing.size());
                try {
                    List<Future<Boolean>> annotating = new ArrayList<>();
                    for (int i : missing) {
                        annotating.add(pool.submit(() -> {
                            Document d = docs.get(i);
                            LOG.debug("annotating {}", d.source());
                            ParsedText parsed = pipeline.parse(d, cache);    // annotated while the extractor may still load
                            out[i] = extractor.get().extract(parsed);
                            factsCache.put(d, out[i]);
                            progress.annotated();
                            return true;
                        }));
                    }
                    for (int k = 0; k < missing.size(); k++) {
                        join(annotating.get(k), docs.get(missing.get(k)));
                    }
                } finally {
                    progress.finished();
                }
                phases.put("annotate", since(ta));
            }
            return new Facts(List.of(out), missing.size());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One article's facts: parsed by CoreNLP (or read from the annotation cache), then extracted. What
     * {@link #extract} does for each article it finds in neither cache, and what a job that schedules
     * articles itself (the Spark module, through {@link ArticleAnnotator}) calls.
     */
    public static DocumentFacts annotate(Document d, CoreNlpAnnotator nlp, ExtractionPipeline extractor, AnnotationCache cache) {
        return extractor.extract(nlp.parse(d, cache));
    }

    /** Starts loading the knowledge base (a second or so), which extraction and resolution need. */
    private static void loadKnowledgeBase() {
        Thread.ofVirtual().name("newskg-kb").start(KnowledgeBase::get);
    }

    private CoreNlpAnnotator loadModels(Map<String, Double> phases, List<Document> toAnnotate) {
        long t = System.nanoTime();
        CoreNlpAnnotator nlp = annotator.apply(toAnnotate);
        phases.put("models", since(t));
        return nlp;
    }

    private static <T> Supplier<T> once(Supplier<T> s) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = s.get();
                }
                return value;
            }
        };
    }

    private static <T> T join(Future<T> f, Document d) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsKgException("build interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof Error err) {
                throw err;
            }
            if (c instanceof NewsKgException nk) {
                throw nk;
            }
            throw new NewsKgException("annotating " + d.source() + " failed: " + c, c);
        }
    }

    private static ThreadFactory workers() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "newskg-nlp-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static double since(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
