package org.newskg.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.newskg.extract.ExtractionPipeline;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.IngestResult;
import org.newskg.model.Document;
import org.newskg.nlp.AnnotationCache;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.nlp.NlpConfig;

/**
 * {@code newskg annotate}'s function one article at a time, for a job that schedules the articles
 * itself (the Spark module, spark/): an article's files in, its extraction record written. It reads
 * the files as {@code annotate} does ({@link ArticleReader}: the same text under several names is one
 * article naming them all), annotates with {@link KgBuild#annotate} and writes with
 * {@link KgMerge#writeRecord}, so the record has the bytes {@code annotate} writes. Thread-safe: one
 * instance per JVM, its pipeline loaded on the first article and shared by every thread.
 */
public final class ArticleAnnotator {
    private final Supplier<CoreNlpAnnotator> nlp;
    private final ArticleReader reader;
    private final String pipeline = KgBuild.pipeline(NlpConfig.defaults());
    private ExtractionPipeline extractor;
    private CoreNlpAnnotator annotator;
    private double modelSeconds;

    /** {@code nlp} is called once, on the first article; {@code maxBytes} as {@code annotate --max-bytes}. */
    public ArticleAnnotator(Supplier<CoreNlpAnnotator> nlp, long maxBytes) {
        this.nlp = Objects.requireNonNull(nlp, "nlp");
        this.reader = new ArticleReader(maxBytes);
    }

    /**
     * What annotating one article did.
     *
     * @param id           the article's id ({@code DIR/ID.nq} is its record); empty when it was skipped
     * @param bytes        the record's size
     * @param problem      why the files were skipped (they changed since they were listed); empty if not
     * @param seconds      time spent on this article
     * @param modelSeconds time this call spent loading the models (0 but on the JVM's first article)
     */
    public record Written(String id, long bytes, String problem, double seconds, double modelSeconds)
            implements java.io.Serializable {}

    /** Reads the article in {@code files} (one text under one or more names) and writes its record into {@code dir}. */
    public Written annotateInto(List<Path> files, Path dir) {
        long t0 = System.nanoTime();
        IngestResult in = reader.read(files);
        if (in.documents().size() != 1) {
            String why = in.problems().isEmpty() ? "holds " + in.documents().size() + " articles, not one (changed since listed)"
                    : in.problems().get(0).toString();
            return new Written("", 0, why, since(t0), 0);
        }
        Document d = in.documents().get(0);
        double loading = ensureLoaded();
        long bytes = KgMerge.writeRecord(KgBuild.annotate(d, annotator, extractor, AnnotationCache.none()), pipeline, dir);
        return new Written(d.id(), bytes, "", since(t0) - loading, loading);
    }

    /** The pipeline the records name ({@link KgBuild#pipeline}). */
    public String pipeline() {
        return pipeline;
    }

    /** Seconds spent loading the models in this JVM so far. */
    public synchronized double modelSeconds() {
        return modelSeconds;
    }

    /** Loads the models on the first call (the other threads wait for it); returns the seconds this call spent loading. */
    private synchronized double ensureLoaded() {
        if (annotator != null) {
            return 0;
        }
        long t = System.nanoTime();
        extractor = ExtractionPipeline.load();
        annotator = nlp.get();
        modelSeconds = since(t);
        return modelSeconds;
    }

    private static double since(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
