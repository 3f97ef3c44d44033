package org.newskg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
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

    private CoreNlpAnnotator(StanfordCoreNLP pipeline, NlpConfig config) {
        this.pipeline = pipeline;
        this.config = config;
    }

    /** Loads the models for {@code config}; tens of seconds. */
    public static CoreNlpAnnotator load(NlpConfig config) {
        long t0 = System.nanoTime();
        // Not in the config (nor its fingerprint): the cut word counts give coreference the same vocabulary.
        StanfordCoreNLP p = new StanfordCoreNLP(CorefWordCounts.withCutCounts(config.toProperties(), CorefWordCounts.defaultFolder()));
        LOG.info("CoreNLP pipeline {} loaded in {} s", config.annotators(),
                String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
        return new CoreNlpAnnotator(p, config);
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
        pipeline.annotate(a);
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
