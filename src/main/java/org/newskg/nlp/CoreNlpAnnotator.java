package org.newskg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import org.newskg.model.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that builds and runs the CoreNLP pipeline. Build it once per process: loading the
 * models takes most of a build's fixed cost. {@link #annotate} is safe to call from several threads
 * at once (CoreNLP's own multi-threaded mode shares one pipeline the same way).
 */
public final class CoreNlpAnnotator {
    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpAnnotator.class);

    private final StanfordCoreNLP pipeline;
    private final NlpConfig config;
    /** The words of the texts the pipeline's lists were cut for; null when they are CoreNLP's whole lists. */
    private final TokenVocabulary scope;
    private StanfordCoreNLP whole;    // the pipeline with the whole lists, for a text out of scope; made on demand

    private CoreNlpAnnotator(StanfordCoreNLP pipeline, NlpConfig config, TokenVocabulary scope) {
        this.pipeline = pipeline;
        this.config = config;
        this.scope = scope;
    }

    /** Loads the models for {@code config}, for any article (pos, depparse and coref side by side with NER). */
    public static CoreNlpAnnotator load(NlpConfig config) {
        long t0 = System.nanoTime();
        Properties props = properties(config);
        try (SideBySide side = new SideBySide(props)) {
            side.start(props, "pos", "depparse");
            side.start(props, "coref");
            StanfordCoreNLP p = withCachedCoref(new StanfordCoreNLP(props));
            logLoaded(config, t0);
            return new CoreNlpAnnotator(p, config, null);
        }
    }

    /**
     * Loads the models for {@code config} to annotate {@code articles}, sooner than {@link #load}: what
     * CoreNLP loads whole is cut to what the articles' words can reach, which gives the same annotations.
     * That is NER's fine-grained rules ({@link FineGrainedRules}), coreference's gender list ({@link
     * CorefGenderNumber}) and the dependency parser's word embeddings ({@link DepparseModel}). Any other
     * article is still annotated as {@link #load}'s pipeline would: with the whole lists, loaded when
     * first needed.
     */
    public static CoreNlpAnnotator loadFor(NlpConfig config, Collection<Document> articles) {
        return loadFor(config, articles, DepparseProducts::fill);
    }

    /** What readies a parser loaded with no pre-computed products: {@link DepparseProducts#fill}, or a test's stand-in. */
    @FunctionalInterface
    interface ParserProducts {
        int fill(edu.stanford.nlp.pipeline.AnnotationPipeline parser, int[] ids, int numTokens);
    }

    /** As {@link #loadFor(NlpConfig, Collection)}, the parser readied by {@code products}. */
    static CoreNlpAnnotator loadFor(NlpConfig config, Collection<Document> articles, ParserProducts products) {
        long t0 = System.nanoTime();
        Properties props = properties(config);
        boolean rules = FineGrainedRules.applies(props);
        boolean gender = props.getProperty(CorefGenderNumber.KEY, "").startsWith(CorefWordCounts.defaultFolder().toString());
        boolean parser = DepparseModel.applies(props);
        if (!rules && !gender && !parser) {
            return load(config);
        }
        Path folder = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> made = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (SideBySide side = new SideBySide(props)) {
            side.start(props, "pos");
            if (parser) {
                side.run(DepparseProducts::warmUp);
            }
            TokenVocabulary scope = TokenVocabulary.of(articles.stream().map(Document::text).toList(), props);
            java.util.concurrent.CompletableFuture<Path> parserModel = new java.util.concurrent.CompletableFuture<>();
            // Done when the parser's pre-computed products are in place (DepparseProducts), before any parse.
            java.util.concurrent.CompletableFuture<Void> parserReady = new java.util.concurrent.CompletableFuture<>();
            if (parser) {
                Properties forParser = copy(props);
                side.run(() -> {
                    try {
                        DepparseModel.Cut cut = DepparseModel.cut(forParser, scope, folder, DepparseProducts.possible());
                        made.add(cut.file());
                        parserModel.complete(cut.file());
                        forParser.setProperty(DepparseModel.KEY, cut.file().toString());
                        StanfordCoreNLP parserOnly = side.make(forParser, "depparse");
                        if (cut.deferred()) {
                            long t1 = System.nanoTime();
                            int n = products.fill(parserOnly, cut.preComputed(), cut.numTokens());
                            LOG.info("dependency parser: {} pre-computed products in {} s", n,
                                    String.format(java.util.Locale.ROOT, "%.2f", (System.nanoTime() - t1) / 1e9));
                        }
                        parserReady.complete(null);
                    } catch (RuntimeException | Error e) {
                        parserModel.completeExceptionally(e);
                        parserReady.completeExceptionally(e);
                        throw e;
                    }
                });
            } else {
                parserReady.complete(null);
            }
            if (gender) {
                Path cut = CorefGenderNumber.cut(Path.of(props.getProperty(CorefGenderNumber.KEY)), scope, folder);
                made.add(cut);
                props.setProperty(CorefGenderNumber.KEY, cut.toString());
            }
            side.start(props, "coref");
            if (rules) {
                FineGrainedRules.Cut cut = FineGrainedRules.cut(scope, folder);
                made.add(cut.caseless());
                made.add(cut.cased());
                props.setProperty(FineGrainedRules.KEY, FineGrainedRules.mapping(cut));
                LOG.info("fine-grained NER rules cut to {} of {} lines", cut.kept(), cut.read());
            }
            if (parser) {
                props.setProperty(DepparseModel.KEY, parserModel.join().toString());
            }
            LOG.info("word lists cut for {} articles ({} word runs) in {} s", articles.size(), scope.size(),
                    String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
            StanfordCoreNLP p = withCachedCoref(new StanfordCoreNLP(props));
            try {
                parserReady.join();
            } catch (java.util.concurrent.CompletionException e) {
                // The parser was made without its pre-computed products: it must not parse.
                LOG.warn("the cut dependency parser could not be readied ({}); loading CoreNLP's whole models instead", e.getCause().toString());
                return load(config);
            }
            logLoaded(config, t0);
            return new CoreNlpAnnotator(p, config, scope);
        } catch (java.io.UncheckedIOException | java.util.concurrent.CompletionException e) {
            Throwable cause = e instanceof java.util.concurrent.CompletionException ? e.getCause() : e;
            if (!(cause instanceof java.io.UncheckedIOException io)) {
                throw cause instanceof RuntimeException r ? r : e;
            }
            // A cut is only a speed-up: without room for it (a full or read-only temporary folder), load the whole lists.
            LOG.warn("{}; loading CoreNLP's whole word lists instead", io.getMessage());
            return load(config);
        } finally {
            for (Path f : made) {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    LOG.warn("cannot delete {}: {}", f, e.getMessage());
                }
            }
        }
    }

    /** {@code pipeline}, its coreference scored by {@link CachedPairwiseCoref} where CoreNLP's classes allow. */
    private static StanfordCoreNLP withCachedCoref(StanfordCoreNLP pipeline) {
        if (!CachedPairwiseCoref.install(pipeline) && pipeline.getProperties().getProperty("annotators", "").contains("coref")) {
            LOG.info("coreference scored by CoreNLP's own statistical algorithm");
        }
        return pipeline;
    }

    private static Properties copy(Properties props) {
        Properties copy = new Properties();
        copy.putAll(props);
        return copy;
    }

    /**
     * The config's properties, with coreference's word counts and gender list cut to what CoreNLP keeps
     * of them (not in the config nor its fingerprint: CoreNLP ends up with the same vocabulary and map).
     */
    private static Properties properties(NlpConfig config) {
        Properties p = CorefWordCounts.withCutCounts(config.toProperties(), CorefWordCounts.defaultFolder());
        if (CorefGenderNumber.applies(p)) {
            CorefGenderNumber.known(CorefGenderNumber.source(p), CorefWordCounts.defaultFolder())
                    .ifPresent(f -> p.setProperty(CorefGenderNumber.KEY, f.toString()));
        }
        return p;
    }

    private static void logLoaded(NlpConfig config, long t0) {
        LOG.info("CoreNLP pipeline {} loaded in {} s", config.annotators(),
                String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
    }

    /**
     * Annotators made ahead, side by side on other threads, from the same properties as the pipeline:
     * CoreNLP keeps every annotator it makes in a global cache under its name and its own properties,
     * and the pipeline takes them from there (waiting for one still being made). Only the config's own
     * annotators are made.
     */
    private static final class SideBySide implements AutoCloseable {
        private final java.util.Set<String> wanted;
        private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "newskg-models");
            t.setDaemon(true);
            return t;
        });

        SideBySide(Properties props) {
            wanted = java.util.Set.of(props.getProperty("annotators", "").split("[, \t]+"));
        }

        /** Starts making {@code annotators} on another thread, with {@code props} as they are now. */
        void start(Properties props, String... annotators) {
            Properties copy = copy(props);
            threads.submit(() -> make(copy, annotators));
        }

        /** Makes {@code annotators} with {@code props}, on this thread; returns the pipeline of them, if any is wanted. */
        StanfordCoreNLP make(Properties props, String... annotators) {
            List<String> names = java.util.Arrays.stream(annotators).filter(wanted::contains).toList();
            if (names.isEmpty()) {
                return null;
            }
            Properties copy = copy(props);
            copy.setProperty("annotators", String.join(",", names));
            return new StanfordCoreNLP(copy, false);
        }

        /** Runs {@code task} on another thread. */
        void run(Runnable task) {
            threads.submit(task);
        }

        /** An annotator that failed here is made again by the pipeline, which then reports its error. */
        @Override
        public void close() {
            threads.shutdown();
        }
    }

    private synchronized StanfordCoreNLP whole() {
        if (whole == null) {
            long t0 = System.nanoTime();
            whole = withCachedCoref(new StanfordCoreNLP(properties(config)));    // CoreNLP's annotator pool gives the other annotators back
            logLoaded(config, t0);
        }
        return whole;
    }

    /** Whether {@code doc} is annotated by this pipeline's own (possibly cut) lists, not the whole ones. */
    boolean inScope(Document doc) {
        return scope == null || scope.covers(doc.text());
    }

    /** Whether the pipeline's word lists were cut for some articles ({@link #loadFor}). */
    boolean isCut() {
        return scope != null;
    }

    /** CoreNLP's pipeline itself (the one for in-scope articles). */
    StanfordCoreNLP pipeline() {
        return pipeline;
    }

    public NlpConfig config() {
        return config;
    }

    /** CoreNLP's own account of the time each annotator took so far, one line each (for benchmarks). */
    public String timing() {
        return pipeline.timingInformation();
    }

    /**
     * Annotates one article. Its publication date, when known, anchors relative dates ("on Tuesday")
     * for SUTime.
     */
    public Annotation annotate(Document doc) {
        Annotation a = new Annotation(doc.text());
        doc.published().ifPresent(d -> a.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        if (inScope(doc)) {
            pipeline.annotate(a);
        } else {
            LOG.info("{} has words the pipeline's lists were not cut for: annotating it with the whole lists", doc.source());
            whole().annotate(a);
        }
        return a;
    }

    /**
     * The NLP stage's output for one article: annotates it, keeps the annotation in {@code cache} and
     * gives it as NewsKG's own {@link ParsedText}, which is all that later stages see.
     */
    public ParsedText parse(Document doc, AnnotationCache cache) {
        Annotation a = annotate(doc);
        cache.put(doc, a);
        return AnnotationReader.read(doc, a);
    }

    /** The logger name CoreNLP logs under, for the command line's --verbose. */
    public static final String LOGGER = "edu.stanford.nlp";
}
